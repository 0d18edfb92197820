<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnimationExport</name>
    <message>
        <source>The animation has no frame to export.</source>
        <translation>L&apos;animation n&apos;a aucune image à exporter.</translation>
    </message>
</context>
<context>
    <name>AnimationOptions</name>
    <message>
        <source>No target path was given.</source>
        <translation>Aucun chemin de destination n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>Frame size %1×%2 is empty.</source>
        <translation>La taille d&apos;image %1×%2 est vide.</translation>
    </message>
    <message>
        <source>Scale %L1 is outside 0–%L2.</source>
        <translation>L&apos;échelle %L1 est hors de l&apos;intervalle 0–%L2.</translation>
    </message>
    <message>
        <source>Frame size %1×%2 at scale %L3 rounds to no pixel.</source>
        <translation>Une image de %1×%2 à l&apos;échelle %L3 s&apos;arrondit à zéro pixel.</translation>
    </message>
    <message>
        <source>Frames of %1×%2 pixels are larger than the %3×%3 limit.</source>
        <translation>Des images de %1×%2 pixels dépassent la limite de %3×%3.</translation>
    </message>
    <message>
        <source>Frame rate %1 is outside %2–%3 frames per second for this format.</source>
        <translation>La cadence de %1 images/s est hors de l&apos;intervalle %2–%3 images par seconde pour ce format.</translation>
    </message>
</context>
<context>
    <name>DocumentFile</name>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; est absent</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation>&quot;%1&quot; doit être un objet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; doit valoir true ou false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; doit être une chaîne de caractères</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a finite number</source>
        <translation>&quot;%1&quot; doit être un nombre fini</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of %2 integers</source>
        <translation>&quot;%1&quot; doit être une liste de %2 entiers</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is &quot;%2&quot;; expected one of %3</source>
        <translation>&quot;%1&quot; vaut &quot;%2&quot; ; valeurs attendues : %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is &quot;%2&quot;; expected &quot;float32&quot;</source>
        <translation>&quot;%1&quot; vaut &quot;%2&quot; ; &quot;float32&quot; attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid base64</source>
        <translation>&quot;%1&quot; n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds %2 × %3 values but its shape says %4 × %5</source>
        <translation>&quot;%1&quot; contient %2 × %3 valeurs, mais sa forme indique %4 × %5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an integer from %2 to %3</source>
        <translation>&quot;%1&quot; doit être un entier de %2 à %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: low (%2) must be below high (%3)</source>
        <translation>&quot;%1&quot; : le minimum (%2) doit être inférieur au maximum (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; doit être une liste</translation>
    </message>
    <message>
        <source>this is not a ConvLab lesson (format &quot;%1&quot;, expected &quot;%2&quot;)</source>
        <translation>ce n&apos;est pas une leçon ConvLab (format &quot;%1&quot;, &quot;%2&quot; attendu)</translation>
    </message>
    <message>
        <source>lesson format version %1 is not supported (this ConvLab reads version %2)</source>
        <translation>la version %1 du format de leçon n&apos;est pas prise en charge (cette version de ConvLab lit la version %2)</translation>
    </message>
    <message>
        <source>the image has %1 × %2 pixels, more than the 50 megapixels allowed</source>
        <translation>l&apos;image fait %1 × %2 pixels, plus que les 50 mégapixels autorisés</translation>
    </message>
    <message>
        <source>the file is not valid JSON (%1 at byte %2); it may be truncated</source>
        <translation>le fichier n&apos;est pas du JSON valide (%1 à l&apos;octet %2) ; il est peut-être tronqué</translation>
    </message>
    <message>
        <source>the file holds JSON but not a lesson object</source>
        <translation>le fichier contient du JSON, mais pas un objet leçon</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;enregistrer « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;ouvrir « %1 » : %2</translation>
    </message>
    <message>
        <source>the file is %1 MB, more than the %2 MB a lesson may take</source>
        <translation>le fichier fait %1 Mo, plus que les %2 Mo permis pour une leçon</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds %2 steps; a lesson holds at most %3</source>
        <translation>&quot;%1&quot; contient %2 étapes ; une leçon en contient au plus %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; a digit&apos;s label is an integer from 0 to 9</source>
        <translation>&quot;%1&quot; vaut %2 ; l&apos;étiquette d&apos;un chiffre est un entier de 0 à 9</translation>
    </message>
</context>
<context>
    <name>ExerciseCheck</name>
    <message>
        <source>rows: %1</source>
        <translation>lignes : %1</translation>
    </message>
    <message>
        <source>cols: %1</source>
        <translation>colonnes : %1</translation>
    </message>
    <message>
        <source>pooling, rows: %1</source>
        <translation>pooling, lignes : %1</translation>
    </message>
    <message>
        <source>pooling, cols: %1</source>
        <translation>pooling, colonnes : %1</translation>
    </message>
    <message>
        <source>the cell (%1, %2) is outside the %3 × %4 response</source>
        <translation>la cellule (%1, %2) est hors de la réponse %3 × %4</translation>
    </message>
    <message>
        <source>the score at (%1, %2) is undefined (0/0)</source>
        <translation>le score en (%1, %2) est indéfini (0/0)</translation>
    </message>
    <message>
        <source>result[%1, %2] = %3</source>
        <translation>result[%1, %2] = %3</translation>
    </message>
    <message>
        <source>the response has no defined value, hence no peak</source>
        <translation>la réponse n&apos;a aucune valeur définie, donc aucun pic</translation>
    </message>
    <message>
        <source>np.unravel_index(np.argmax(result), result.shape) = (%1, %2), score %3</source>
        <translation>np.unravel_index(np.argmax(result), result.shape) = (%1, %2), score %3</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>cols</source>
        <translation>colonnes</translation>
    </message>
    <message>
        <source>row</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>col</source>
        <translation>colonne</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>This step has no answer to check: %1</source>
        <translation>Cette étape n&apos;a pas de réponse à vérifier : %1</translation>
    </message>
    <message numerus="yes">
        <source>Type %n number(s).</source>
        <translation>
            <numerusform>Tapez %n nombre.</numerusform>
            <numerusform>Tapez %n nombres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct! %1</source>
        <translation>Exact ! %1</translation>
    </message>
    <message>
        <source>Not quite. Per axis, o = ⌊(i + p_before + p_after − d(k−1) − 1) / s⌋ + 1; pooling applies the same formula to the map.</source>
        <translation>Pas tout à fait. Sur chaque axe, o = ⌊(i + p_avant + p_après − d(k−1) − 1) / s⌋ + 1 ; le pooling applique la même formule à la carte.</translation>
    </message>
    <message>
        <source>Not quite. For a transposed convolution, o = (i−1)s − 2p + d(k−1) + a + 1.</source>
        <translation>Pas tout à fait. Pour une convolution transposée, o = (i−1)s − 2p + d(k−1) + a + 1.</translation>
    </message>
    <message>
        <source>Not quite. Multiply each weight by the input value under it in that cell&apos;s window, and add the products.</source>
        <translation>Pas tout à fait. Multipliez chaque poids par la valeur d&apos;entrée qu&apos;il recouvre dans la fenêtre de cette cellule, puis additionnez les produits.</translation>
    </message>
    <message>
        <source>Not quite. Look for the best score of the response map: its (row, col) is the top-left corner of the best window.</source>
        <translation>Pas tout à fait. Cherchez le meilleur score de la carte de réponse : sa position (ligne, colonne) est le coin supérieur gauche de la meilleure fenêtre.</translation>
    </message>
</context>
<context>
    <name>Expectation</name>
    <message>
        <source>&quot;%1&quot; must be a finite number</source>
        <translation>&quot;%1&quot; doit être un nombre fini</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an integer from %2 to %3</source>
        <translation>&quot;%1&quot; doit être un entier de %2 à %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of %2 integers</source>
        <translation>&quot;%1&quot; doit être une liste de %2 entiers</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; doit valoir true ou false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of response, raw, normalised</source>
        <translation>&quot;%1&quot; doit être response, raw ou normalised</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation>&quot;%1&quot; doit être un objet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is &quot;%2&quot;; expected one of %3</source>
        <translation>&quot;%1&quot; vaut &quot;%2&quot; ; attendu : %3</translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot; is not a known key of &quot;%3&quot;; expected one of %4</source>
        <translation>&quot;%1.%2&quot; n&apos;est pas une clé connue de &quot;%3&quot; ; attendu : %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; manque</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;min&quot;, &quot;max&quot; or both</source>
        <translation>&quot;%1&quot; demande &quot;min&quot;, &quot;max&quot; ou les deux</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: min is above max</source>
        <translation>&quot;%1&quot; : min dépasse max</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: height and width must be at least 1</source>
        <translation>&quot;%1&quot; : la hauteur et la largeur doivent valoir au moins 1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of two map names</source>
        <translation>&quot;%1&quot; doit être une liste de deux noms de cartes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names the same map twice</source>
        <translation>&quot;%1&quot; nomme deux fois la même carte</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;equals&quot; or &quot;min&quot; / &quot;max&quot;, not both</source>
        <translation>&quot;%1&quot; : &quot;equals&quot; ou &quot;min&quot; / &quot;max&quot;, pas les deux</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be negative</source>
        <translation>&quot;%1&quot; ne doit pas être négatif</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the first step has no earlier step to compare with</source>
        <translation>&quot;%1&quot; : la première étape n&apos;a pas d&apos;étape antérieure à laquelle se comparer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of equal, lower, higher</source>
        <translation>&quot;%1&quot; doit être equal, lower ou higher</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;even&quot;, &quot;resize_even&quot; or &quot;interior&quot;</source>
        <translation>&quot;%1&quot; demande &quot;even&quot;, &quot;resize_even&quot; ou &quot;interior&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of numbers</source>
        <translation>&quot;%1&quot; doit être une liste de nombres</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;orthonormal&quot;, &quot;reconstructs&quot;, &quot;w_shape&quot; or &quot;input_gradient&quot;</source>
        <translation>&quot;%1&quot; demande &quot;orthonormal&quot;, &quot;reconstructs&quot;, &quot;w_shape&quot; ou &quot;input_gradient&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a positive number</source>
        <translation>&quot;%1&quot; doit être un nombre positif</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of untrained, trained (each once)</source>
        <translation>&quot;%1&quot; doit être une liste de untrained, trained (chacun une fois)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a share of the ink: from 0 to 1</source>
        <translation>&quot;%1&quot; est une part de l&apos;encre : de 0 à 1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of two positive numbers</source>
        <translation>&quot;%1&quot; doit être une liste de deux nombres positifs</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the first number is above the second</source>
        <translation>&quot;%1&quot; : le premier nombre dépasse le second</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;start_above&quot;, &quot;end_within&quot; or &quot;resize_below&quot;</source>
        <translation>&quot;%1&quot; demande &quot;start_above&quot;, &quot;end_within&quot; ou &quot;resize_below&quot;</translation>
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
        <translation>remplissage %1</translation>
    </message>
    <message>
        <source>padding %1,%2,%3,%4</source>
        <translation>remplissage %1,%2,%3,%4</translation>
    </message>
    <message>
        <source>cross-correlation</source>
        <translation>corrélation croisée</translation>
    </message>
    <message>
        <source>convolution (flipped kernel)</source>
        <translation>convolution (noyau retourné)</translation>
    </message>
    <message>
        <source>stride %1</source>
        <translation>pas %1</translation>
    </message>
    <message>
        <source>dilation %1</source>
        <translation>dilatation %1</translation>
    </message>
    <message>
        <source>max pool %1 / stride %2</source>
        <translation>max pooling %1 / pas %2</translation>
    </message>
    <message>
        <source>average pool %1 / stride %2</source>
        <translation>pooling moyen %1 / pas %2</translation>
    </message>
    <message>
        <source>peak (%1, %2)</source>
        <translation>pic (%1, %2)</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>the PNG encoder failed</source>
        <translation>l&apos;encodeur PNG a échoué</translation>
    </message>
    <message>
        <source>Cannot export &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;exporter « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Lessons and images (*.convlab *.png *.jpg *.jpeg *.bmp *.tif *.tiff *.pgm *.ppm *.webp *.npy *.txt *.csv);;ConvLab lessons (*.convlab);;All files (*)</source>
        <translation>Leçons et images (*.convlab *.png *.jpg *.jpeg *.bmp *.tif *.tiff *.pgm *.ppm *.webp *.npy *.txt *.csv);;Leçons ConvLab (*.convlab);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Lesson</source>
        <translation>Enregistrer la leçon</translation>
    </message>
    <message>
        <source>ConvLab lessons (*.convlab)</source>
        <translation>Leçons ConvLab (*.convlab)</translation>
    </message>
    <message>
        <source>Load Patch</source>
        <translation>Charger un patch</translation>
    </message>
    <message>
        <source>Arrays and images (*.npy *.txt *.csv *.png *.jpg *.jpeg *.bmp *.pgm);;All files (*)</source>
        <translation>Tableaux et images (*.npy *.txt *.csv *.png *.jpg *.jpeg *.bmp *.pgm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Patch</source>
        <translation>Enregistrer le patch</translation>
    </message>
    <message>
        <source>NumPy array (*.npy);;Text matrix (*.txt);;PNG image (*.png)</source>
        <translation>Tableau NumPy (*.npy);;Matrice texte (*.txt);;Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Save input.npy and kernel.npy in</source>
        <translation>Enregistrer input.npy et kernel.npy dans</translation>
    </message>
    <message>
        <source>PNG, 1× (*.png)</source>
        <translation>PNG, 1× (*.png)</translation>
    </message>
    <message>
        <source>PNG, 2× for slides (*.png)</source>
        <translation>PNG, 2× pour les diapositives (*.png)</translation>
    </message>
    <message>
        <source>PNG, 4× for print (*.png)</source>
        <translation>PNG, 4× pour l&apos;impression (*.png)</translation>
    </message>
    <message>
        <source>SVG, vector (*.svg)</source>
        <translation>SVG, vectoriel (*.svg)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>FrameRenderer</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
    <message>
        <source>Frame %1 could not be drawn: %2</source>
        <translation>L&apos;image %1 n&apos;a pas pu être dessinée : %2</translation>
    </message>
    <message>
        <source>Frame %1 is %2×%3 pixels instead of %4×%5.</source>
        <translation>L&apos;image %1 fait %2×%3 pixels au lieu de %4×%5.</translation>
    </message>
</context>
<context>
    <name>GifEncoder</name>
    <message>
        <source>the GIF encoder could not start</source>
        <translation>l&apos;encodeur GIF n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>the GIF encoder failed (cgif error %1)</source>
        <translation>l&apos;encodeur GIF a échoué (erreur cgif %1)</translation>
    </message>
</context>
<context>
    <name>GifWriter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>LessonNotebook</name>
    <message>
        <source>ConvLab computes no response for this step.</source>
        <translation>ConvLab ne calcule pas de réponse à cette étape.</translation>
    </message>
    <message>
        <source>it names the raw or the normalised map, which only template matching has.</source>
        <translation>elle nomme la carte brute ou la carte normalisée, que seule la correspondance de motifs possède.</translation>
    </message>
    <message>
        <source>the step opens no step-through case.</source>
        <translation>l&apos;étape n&apos;ouvre aucun cas du pas à pas.</translation>
    </message>
    <message>
        <source>the step opens no Transposed case.</source>
        <translation>l&apos;étape n&apos;ouvre aucun cas de l&apos;onglet Transposée.</translation>
    </message>
    <message>
        <source>the step opens no Matrix case.</source>
        <translation>l&apos;étape n&apos;ouvre aucun cas de l&apos;onglet Matrice.</translation>
    </message>
    <message>
        <source># The code generator&apos;s OpenCV snippet (convlab code match IMAGE PATCH --lang opencv):</source>
        <translation># L&apos;extrait OpenCV du générateur de code (convlab code match IMAGE PATCH --lang opencv) :</translation>
    </message>
    <message>
        <source># The code generator&apos;s PyTorch snippet (convlab code conv INPUT KERNEL --lang pytorch):</source>
        <translation># L&apos;extrait PyTorch du générateur de code (convlab code conv INPUT KERNEL --lang pytorch) :</translation>
    </message>
    <message>
        <source># The map ConvLab shows: the same matching, with its undefined (0/0) scores as NaN</source>
        <translation># La carte que montre ConvLab : la même correspondance, ses scores indéfinis (0/0) en NaN</translation>
    </message>
    <message>
        <source># The map ConvLab shows</source>
        <translation># La carte que montre ConvLab</translation>
    </message>
    <message>
        <source># then pooled, with the code generator&apos;s PyTorch snippet</source>
        <translation># puis réduite (pooling), avec l&apos;extrait PyTorch du générateur de code</translation>
    </message>
    <message>
        <source># The best peak, (row, col), numpy&apos;s convention; an undefined (NaN) cell never wins</source>
        <translation># Le meilleur pic, (ligne, colonne), la convention de NumPy ; une case indéfinie (NaN) ne gagne jamais</translation>
    </message>
    <message>
        <source># The peaks ConvLab marks (top-k, distance, threshold)</source>
        <translation># Les pics que marque ConvLab (top-k, distance, seuil)</translation>
    </message>
    <message>
        <source># The step&apos;s claims, checked</source>
        <translation># Les affirmations de l&apos;étape, vérifiées</translation>
    </message>
    <message>
        <source># The Transposed page&apos;s case, its own input and kernel; first as PyTorch&apos;s conv_transpose2d (the code generator&apos;s snippet)</source>
        <translation># Le cas de l&apos;onglet Transposée, avec sa propre entrée et son propre noyau ; d&apos;abord avec conv_transpose2d de PyTorch (l&apos;extrait du générateur de code)</translation>
    </message>
    <message>
        <source># (1) zero insertion (the OpenCV snippet)</source>
        <translation># (1) insertion de zéros (l&apos;extrait OpenCV)</translation>
    </message>
    <message>
        <source># (2) scatter (the NumPy snippet)</source>
        <translation># (2) dispersion (l&apos;extrait NumPy)</translation>
    </message>
    <message>
        <source># (3) Wᵀy, W the matrix of the convolution it undoes</source>
        <translation># (3) Wᵀy, où W est la matrice de la convolution qu&apos;elle défait</translation>
    </message>
    <message>
        <source># The Stepper page&apos;s case, its own input and kernel (the code generator&apos;s PyTorch snippet)</source>
        <translation># Le cas de l&apos;onglet Pas à pas, avec sa propre entrée et son propre noyau (l&apos;extrait PyTorch du générateur de code)</translation>
    </message>
    <message>
        <source># The Matrix page&apos;s case: y = W x, x and y flattened</source>
        <translation># Le cas de l&apos;onglet Matrice : y = W x, x et y aplatis</translation>
    </message>
    <message>
        <source># The step&apos;s claims about the page, checked</source>
        <translation># Les affirmations de l&apos;étape sur cet onglet, vérifiées</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
    <message>
        <source>*Image operations:* %1</source>
        <translation>*Opérations sur l&apos;image :* %1</translation>
    </message>
    <message>
        <source>**Exercise.** %1</source>
        <translation>**Exercice.** %1</translation>
    </message>
    <message>
        <source>*ConvLab computes no response for this step:* %1</source>
        <translation>*ConvLab ne calcule pas de réponse à cette étape :* %1</translation>
    </message>
    <message>
        <source>*Written by ConvLab.* Each step of the lesson follows: its text, a cell that loads the step&apos;s image and patch (`%1/`) and computes its response with NumPy, PyTorch or OpenCV, and a cell that checks the step&apos;s claims with `assert`. Run all cells: the notebook proves itself — an assert that fails names what it found instead. Maps are indexed (row, col), as NumPy does; ConvLab&apos;s conventions are in the next cell.</source>
        <translation>*Écrit par ConvLab.* Chaque étape de la leçon suit : son texte, une cellule qui charge l&apos;image et le patch de l&apos;étape (`%1/`) et calcule sa réponse avec NumPy, PyTorch ou OpenCV, et une cellule qui vérifie les affirmations de l&apos;étape avec `assert`. Exécutez toutes les cellules : le notebook se prouve lui-même — un assert qui échoue dit ce qu&apos;il a trouvé à la place. Les cartes sont indexées (ligne, colonne), comme le fait NumPy ; les conventions de ConvLab sont dans la cellule suivante.</translation>
    </message>
    <message>
        <source>*Claims of this step not restated here:*</source>
        <translation>*Affirmations de cette étape non reprises ici :*</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>the step&apos;s Matrix case has no target.</source>
        <translation>le cas Matrice de l&apos;étape n&apos;a pas de cible.</translation>
    </message>
    <message>
        <source># The backward pass of L = ½ Σ (y − t)²: δ = y − t, then ∂L/∂x = Wᵀδ</source>
        <translation># La passe arrière de L = ½ Σ (y − t)² : δ = y − t, puis ∂L/∂x = Wᵀδ</translation>
    </message>
    <message>
        <source>the step opens no Checkerboard case.</source>
        <translation>l&apos;étape n&apos;ouvre aucun cas de l&apos;onglet Damier.</translation>
    </message>
    <message>
        <source># The Checkerboard page&apos;s case: ones through a kernel of ones, transposed (no padding), and resized then convolved (&quot;same&quot; padding)</source>
        <translation># Le cas de l&apos;onglet Damier : des uns à travers un noyau de uns, en convolution transposée (sans marge), puis agrandis et convolués (marge « same »)</translation>
    </message>
    <message>
        <source># Inside the frame: the cells every tap of whose window lands on an input cell</source>
        <translation># À l&apos;intérieur du cadre : les cellules dont chaque coefficient de la fenêtre tombe sur une cellule de l&apos;entrée</translation>
    </message>
    <message>
        <source>it is about the decoders the Decoder tab trains on ConvLab&apos;s digit sheet; ConvLab&apos;s tests check it on that run.</source>
        <translation>elle porte sur les décodeurs que l&apos;onglet Décodeur entraîne sur la planche de chiffres de ConvLab ; les tests de ConvLab la vérifient sur cet entraînement.</translation>
    </message>
    <message>
        <source>it is about the network the page trains on ConvLab&apos;s digit sheet and one of its digits; ConvLab&apos;s tests check it on them.</source>
        <translation>elle porte sur le réseau que la page entraîne sur la planche de chiffres de ConvLab et sur l&apos;un de ses chiffres ; les tests de ConvLab la vérifient sur eux.</translation>
    </message>
    <message>
        <source>the step does not open the learned page.</source>
        <translation>l&apos;étape n&apos;ouvre pas la page des filtres appris.</translation>
    </message>
    <message>
        <source>the step projects a whole map, not a unit.</source>
        <translation>l&apos;étape projette une carte entière, pas une unité.</translation>
    </message>
    <message>
        <source># ∂L/∂x at %1&apos;s input by autograd, beside the transposed convolution of δ = ∂L/∂y with %1&apos;s filters (Wᵀδ)</source>
        <translation># ∂L/∂x à l&apos;entrée de %1 par l&apos;autograd, à côté de la convolution transposée de δ = ∂L/∂y par les filtres de %1 (Wᵀδ)</translation>
    </message>
    <message>
        <source># %1 of the lecture&apos;s network: %2 → %3 channels, %4×%4, stride %5, padding %6, on %7×%7 maps. Any weights, any input and any δ: the identity holds for all of them, so random ones stand for the page&apos;s network, untrained or trained.</source>
        <translation># %1 du réseau du cours : %2 → %3 canaux, %4×%4, pas %5, marge %6, sur des cartes de %7×%7. Tous poids, toute entrée et tout δ : l&apos;identité vaut pour tous, donc des valeurs aléatoires tiennent lieu du réseau de la page, entraîné ou non.</translation>
    </message>
    <message>
        <source># Map %1 of %2, one unit kept and sent back to the pixels by the deconvnet: each layer undone in turn (ReLU, max-unpooling to the recorded switches, transposed convolution with the layer&apos;s own filters)</source>
        <translation># Carte %1 de %2, une unité gardée et renvoyée aux pixels par le deconvnet : chaque couche défaite à son tour (ReLU, dé-pooling aux positions des maxima retenues, convolution transposée par les propres filtres de la couche)</translation>
    </message>
    <message>
        <source># The lecture&apos;s network with random weights and a random digit: that the projection stays inside the pixels the unit sees holds for any weights and any digit (a transposed convolution spreads a cell over its kernel only), so they stand for the page&apos;s network, untrained or trained.</source>
        <translation># Le réseau du cours avec des poids aléatoires et un chiffre aléatoire : que la projection reste dans les pixels que voit l&apos;unité vaut pour tous poids et tout chiffre (une convolution transposée ne répartit une case que sur son noyau), donc ils tiennent lieu du réseau de la page, entraîné ou non.</translation>
    </message>
    <message>
        <source># The receptive field (side, jump, start) of each layer&apos;s units, as ConvLab&apos;s shape table computes it</source>
        <translation># Le champ récepteur (côté, saut, début) des unités de chaque couche, comme le calcule la table des formes de ConvLab</translation>
    </message>
    <message>
        <source># The step&apos;s claims about the learned page, checked</source>
        <translation># Les affirmations de l&apos;étape sur la page des filtres appris, vérifiées</translation>
    </message>
</context>
<context>
    <name>LessonScript</name>
    <message>
        <source>step %1: %2</source>
        <translation>étape %1 : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known key; expected one of %2</source>
        <translation>&quot;%1&quot; n&apos;est pas une clé connue ; clés attendues : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation>&quot;%1&quot; doit être un objet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a finite number</source>
        <translation>&quot;%1&quot; doit être un nombre fini</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an integer from %2 to %3</source>
        <translation>&quot;%1&quot; doit être un entier de %2 à %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; doit valoir true ou false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; doit être une chaîne de caractères</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is &quot;%2&quot;; expected one of %3</source>
        <translation>&quot;%1&quot; vaut &quot;%2&quot; ; valeurs attendues : %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of %2 integers</source>
        <translation>&quot;%1&quot; doit être une liste de %2 entiers</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of 1 to %2 rows of 1 to %2 numbers</source>
        <translation>&quot;%1&quot; doit être une liste de 1 à %2 lignes de 1 à %2 nombres</translation>
    </message>
    <message>
        <source>&quot;%1[%2]&quot; has %3 values; the first row has %4</source>
        <translation>&quot;%1[%2]&quot; a %3 valeurs ; la première ligne en a %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid base64</source>
        <translation>&quot;%1&quot; n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one channel, at most %2 per side</source>
        <translation>&quot;%1&quot; doit avoir un seul canal et au plus %2 de côté</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: low (%2) must be below high (%3)</source>
        <translation>&quot;%1&quot; : le minimum (%2) doit être inférieur au maximum (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: factors must lie in [%2, %3]</source>
        <translation>&quot;%1&quot; : les facteurs doivent être compris dans [%2, %3]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must have a height and a width of at least 1</source>
        <translation>&quot;%1&quot; doit avoir une hauteur et une largeur d&apos;au moins 1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must have exactly one of &quot;sample&quot;, &quot;values&quot; or &quot;npy&quot;</source>
        <translation>&quot;%1&quot; doit avoir exactement une des clés &quot;sample&quot;, &quot;values&quot; ou &quot;npy&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; doit être une liste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must have exactly one of &quot;sample&quot;, &quot;cut&quot;, &quot;preset&quot;, &quot;values&quot; or &quot;npy&quot;</source>
        <translation>&quot;%1&quot; doit avoir exactement une des clés &quot;sample&quot;, &quot;cut&quot;, &quot;preset&quot;, &quot;values&quot; ou &quot;npy&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the height and width must be from 1 to %2</source>
        <translation>&quot;%1&quot; : la hauteur et la largeur doivent aller de 1 à %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the preset %2 has no %3 × %4 kernel</source>
        <translation>&quot;%1&quot; : le préréglage %2 n&apos;existe pas en noyau %3 × %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be negative</source>
        <translation>&quot;%1&quot; ne doit pas être négatif</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;input&quot; and &quot;kernel&quot;</source>
        <translation>&quot;%1&quot; demande &quot;input&quot; et &quot;kernel&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; est absent</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; est vide</translation>
    </message>
    <message>
        <source>padding (top %1, bottom %2, left %3, right %4, %5)</source>
        <translation>remplissage (haut %1, bas %2, gauche %3, droite %4, %5)</translation>
    </message>
    <message>
        <source>scaling (fx %1, fy %2)</source>
        <translation>mise à l&apos;échelle (fx %1, fy %2)</translation>
    </message>
    <message>
        <source>shearing (shx %1, shy %2)</source>
        <translation>cisaillement (shx %1, shy %2)</translation>
    </message>
    <message>
        <source>cropping (top %1, left %2, %3 × %4)</source>
        <translation>recadrage (haut %1, gauche %2, %3 × %4)</translation>
    </message>
    <message>
        <source>rotation (%1°)</source>
        <translation>rotation (%1°)</translation>
    </message>
    <message>
        <source>flip (horizontal %1, vertical %2)</source>
        <translation>retournement (horizontal %1, vertical %2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>translation (%1 rows down, %2 columns right)</source>
        <translation>translation (%1 lignes vers le bas, %2 colonnes vers la droite)</translation>
    </message>
    <message>
        <source>the image operations leave an empty image</source>
        <translation>les opérations sur l&apos;image laissent une image vide</translation>
    </message>
    <message>
        <source>the cut (top %1, left %2, %3 × %4) does not lie inside the %5 × %6 image</source>
        <translation>la découpe (haut %1, gauche %2, %3 × %4) ne tient pas dans l&apos;image %5 × %6</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; expected an integer from %3 to %4</source>
        <translation>&quot;%1&quot; vaut %2 ; un entier de %3 à %4 est attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;strongest&quot;, &quot;map&quot; or [row, col]</source>
        <translation>&quot;%1&quot; doit être &quot;strongest&quot;, &quot;map&quot; ou [ligne, colonne]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot;: a step opens one page, not both</source>
        <translation>&quot;%1&quot; et &quot;%2&quot; : une étape ouvre une page, pas les deux</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the claim &quot;%2&quot; needs a step with %3</source>
        <translation>&quot;%1&quot; : l&apos;affirmation &quot;%2&quot; demande une étape avec %3</translation>
    </message>
</context>
<context>
    <name>LocalizedText</name>
    <message>
        <source>the &quot;%1&quot; text must be a string</source>
        <translation>le texte &quot;%1&quot; doit être une chaîne de caractères</translation>
    </message>
    <message>
        <source>must be a string or an object of languages, e.g. {&quot;en&quot;: …, &quot;fr&quot;: …}</source>
        <translation>doit être une chaîne ou un objet de langues, par exemple {&quot;en&quot;: …, &quot;fr&quot;: …}</translation>
    </message>
</context>
<context>
    <name>Mp4Writer</name>
    <message>
        <source>Cannot write “%1”: OpenCV has no H.264 or MPEG-4 video encoder here.</source>
        <translation>Impossible d&apos;écrire « %1 » : OpenCV ne dispose ici d&apos;aucun encodeur vidéo H.264 ou MPEG-4.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the video encoder wrote nothing.</source>
        <translation>Impossible d&apos;écrire « %1 » : l&apos;encodeur vidéo n&apos;a rien écrit.</translation>
    </message>
</context>
<context>
    <name>NotebookExport</name>
    <message>
        <source>Open a lesson first: a notebook is written from its steps.</source>
        <translation>Ouvrez d&apos;abord une leçon : un notebook est écrit à partir de ses étapes.</translation>
    </message>
    <message>
        <source>Export Notebook</source>
        <translation>Exporter le notebook</translation>
    </message>
    <message>
        <source>Jupyter notebooks (*.ipynb)</source>
        <translation>Notebooks Jupyter (*.ipynb)</translation>
    </message>
    <message>
        <source>Exported the notebook to %1, with its arrays in %2/</source>
        <translation>Notebook exporté dans %1, avec ses tableaux dans %2/</translation>
    </message>
</context>
<context>
    <name>NpyCodec</name>
    <message>
        <source>the .npy array has %1 channels; a lesson stores one</source>
        <translation>le tableau .npy a %1 canaux ; une leçon n&apos;en stocke qu&apos;un</translation>
    </message>
</context>
<context>
    <name>OwnDigits</name>
    <message>
        <source>the label is %1; a digit&apos;s label is 0 to 9</source>
        <translation>l&apos;étiquette vaut %1 ; l&apos;étiquette d&apos;un chiffre va de 0 à 9</translation>
    </message>
    <message>
        <source>the digit is not a grayscale image of float32 values</source>
        <translation>le chiffre n&apos;est pas une image en niveaux de gris de valeurs float32</translation>
    </message>
    <message>
        <source>the digit is %1 × %2 pixels; the network reads digits of %3 × %3</source>
        <translation>le chiffre fait %1 × %2 pixels ; le réseau lit des chiffres de %3 × %3</translation>
    </message>
    <message>
        <source>the digit&apos;s pixel (row %1, col %2) is %3; pixels are 0 to 1</source>
        <translation>le pixel du chiffre (ligne %1, col %2) vaut %3 ; les pixels vont de 0 à 1</translation>
    </message>
    <message>
        <source>%1 own digits; a document keeps at most %2</source>
        <translation>%1 chiffres à vous ; un document en garde au plus %2</translation>
    </message>
</context>
<context>
    <name>PngSequenceWriter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>ResponsePipeline</name>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>colonnes</translation>
    </message>
    <message>
        <source>There is no input image.</source>
        <translation>Il n&apos;y a pas d&apos;image d&apos;entrée.</translation>
    </message>
    <message>
        <source>The patch is empty.</source>
        <translation>Le patch est vide.</translation>
    </message>
    <message>
        <source>The stride must be at least 1; it is %1 × %2.</source>
        <translation>Le pas doit valoir au moins 1 ; il vaut %1 × %2.</translation>
    </message>
    <message>
        <source>The dilation must be at least 1; it is %1 × %2.</source>
        <translation>La dilatation doit valoir au moins 1 ; elle vaut %1 × %2.</translation>
    </message>
    <message>
        <source>Padding cannot be negative (top %1, bottom %2, left %3, right %4).</source>
        <translation>Le remplissage ne peut pas être négatif (haut %1, bas %2, gauche %3, droite %4).</translation>
    </message>
    <message>
        <source>Template matching compares the patch with contiguous windows: the dilation must be 1, it is %1 × %2.</source>
        <translation>La recherche de motif compare le patch à des fenêtres contiguës : la dilatation doit valoir 1, elle vaut %1 × %2.</translation>
    </message>
    <message>
        <source>Reflect padding of %1 on the %2 needs more than %1 input cells; there are %3.</source>
        <translation>Un remplissage reflect de %1 sur les %2 demande plus de %1 cellules d&apos;entrée ; il y en a %3.</translation>
    </message>
    <message>
        <source>Circular padding of %1 on the %2 wraps more than the %3 input cells.</source>
        <translation>Un remplissage circular de %1 sur les %2 fait plus d&apos;un tour des %3 cellules d&apos;entrée.</translation>
    </message>
    <message>
        <source>the patch spans %1 cells (%2 dilated by %3)</source>
        <translation>le patch couvre %1 cellules (%2 dilaté par %3)</translation>
    </message>
    <message>
        <source>the patch has %1 cells</source>
        <translation>le patch a %1 cellules</translation>
    </message>
    <message>
        <source>On the %1, %2, more than the padded input (%3 + %4 + %5 = %6).</source>
        <translation>Sur les %1, %2, plus que l&apos;entrée après remplissage (%3 + %4 + %5 = %6).</translation>
    </message>
    <message>
        <source>The pooling window (%1 × %2) and stride (%3 × %4) must be at least 1.</source>
        <translation>La fenêtre de pooling (%1 × %2) et son pas (%3 × %4) doivent valoir au moins 1.</translation>
    </message>
    <message>
        <source>Pooling padding on the %1 must be between 0 and half the window (%2); it is %3 and %4.</source>
        <translation>Sur les %1, le remplissage du pooling doit être compris entre 0 et la moitié de la fenêtre (%2) ; il vaut %3 et %4.</translation>
    </message>
    <message>
        <source>On the %1, the pooling window (%2) is larger than the padded response (%3 + %4 + %5).</source>
        <translation>Sur les %1, la fenêtre de pooling (%2) est plus grande que la réponse après remplissage (%3 + %4 + %5).</translation>
    </message>
    <message>
        <source>Cannot compute the response: %1</source>
        <translation>Impossible de calculer la réponse : %1</translation>
    </message>
    <message>
        <source>Cannot compute the response: not enough memory for %1 × %2.</source>
        <translation>Impossible de calculer la réponse : mémoire insuffisante pour %1 × %2.</translation>
    </message>
</context>
<context>
    <name>SampleGallery</name>
    <message>
        <source>Simple shape</source>
        <translation>Forme simple</translation>
    </message>
    <message>
        <source>Digits (rendered)</source>
        <translation>Chiffres (dessinés par une police)</translation>
    </message>
    <message>
        <source>Photograph-like landscape</source>
        <translation>Paysage façon photographie</translation>
    </message>
    <message>
        <source>5×5 grid</source>
        <translation>Grille 5×5</translation>
    </message>
    <message>
        <source>7×7 grid</source>
        <translation>Grille 7×7</translation>
    </message>
    <message>
        <source>A cross and a square on black; the patch is the cross.</source>
        <translation>Une croix et un carré sur fond noir ; le patch est la croix.</translation>
    </message>
    <message>
        <source>A sheet of digits rendered with a font; the patch is the first 2 on it.</source>
        <translation>Une feuille de chiffres dessinés avec une police ; le patch est le premier 2 de la feuille.</translation>
    </message>
    <message>
        <source>A generated landscape; the patch is the sun.</source>
        <translation>Un paysage généré ; le patch est le soleil.</translation>
    </message>
    <message>
        <source>Small integers to check a cross-correlation by hand.</source>
        <translation>De petits entiers pour vérifier une corrélation croisée à la main.</translation>
    </message>
    <message>
        <source>A 7×7 grid and a 3×3 kernel with stride 2.</source>
        <translation>Une grille 7×7 et un noyau 3×3 avec un pas de 2.</translation>
    </message>
    <message>
        <source>Handwritten digits</source>
        <translation>Chiffres manuscrits</translation>
    </message>
    <message>
        <source>OpenCV&apos;s 5,000 handwritten digits, 20×20 each, the learned filters&apos; training set; the patch is the first 2.</source>
        <translation>Les 5 000 chiffres manuscrits d&apos;OpenCV, 20×20 chacun, l&apos;ensemble d&apos;entraînement des filtres appris ; le motif est le premier 2.</translation>
    </message>
</context>
<context>
    <name>SceneFrameSource</name>
    <message>
        <source>the view was closed</source>
        <translation>la vue a été fermée</translation>
    </message>
    <message>
        <source>the export was interrupted</source>
        <translation>l&apos;export a été interrompu</translation>
    </message>
</context>
<context>
    <name>StagedTarget</name>
    <message>
        <source>Cannot write “%1”: the folder “%2” does not exist.</source>
        <translation>Impossible d&apos;écrire « %1 » : le dossier « %2 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is a folder.</source>
        <translation>Impossible d&apos;écrire « %1 » : c&apos;est un dossier.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is a file, not a folder.</source>
        <translation>Impossible d&apos;écrire « %1 » : c&apos;est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder holds files that are not frames of an earlier export; choose an empty or a new folder.</source>
        <translation>Impossible d&apos;écrire « %1 » : le dossier contient des fichiers qui ne sont pas les images d&apos;un export précédent ; choisissez un dossier vide ou nouveau.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: no free temporary name beside it.</source>
        <translation>Impossible d&apos;écrire « %1 » : aucun nom temporaire libre à côté.</translation>
    </message>
    <message>
        <source>Cannot replace “%1”: %2</source>
        <translation>Impossible de remplacer « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>StepLoader</name>
    <message>
        <source>Lesson step %1: %2</source>
        <translation>Étape %1 de la leçon : %2</translation>
    </message>
    <message>
        <source>Lesson image</source>
        <translation>Image de la leçon</translation>
    </message>
    <message>
        <source>Lesson patch</source>
        <translation>Patch de la leçon</translation>
    </message>
</context>
<context>
    <name>StepText</name>
    <message>
        <source>&quot;{%1}&quot; is not a placeholder</source>
        <translation>&quot;{%1}&quot; n&apos;est pas un champ calculé</translation>
    </message>
    <message>
        <source>&quot;{%1}&quot;: unknown placeholder &quot;%2&quot;; expected one of %3</source>
        <translation>&quot;{%1}&quot; : champ calculé &quot;%2&quot; inconnu ; attendu : %3</translation>
    </message>
    <message>
        <source>&quot;{%1}&quot;: &quot;@%2&quot; is not a map of &quot;%3&quot;</source>
        <translation>&quot;{%1}&quot; : &quot;@%2&quot; n&apos;est pas une carte de &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&quot;{%1}&quot;: arguments are cells, integers from 0</source>
        <translation>&quot;{%1}&quot; : les arguments sont des cases, des entiers à partir de 0</translation>
    </message>
    <message>
        <source>&quot;{%1}&quot; needs a cell: {value:ROW,COL}</source>
        <translation>&quot;{%1}&quot; demande une case : {value:LIGNE,COLONNE}</translation>
    </message>
    <message>
        <source>&quot;{%1}&quot; takes no arguments</source>
        <translation>&quot;{%1}&quot; ne prend pas d&apos;argument</translation>
    </message>
    <message>
        <source>a &quot;}&quot; closes no placeholder (write &quot;}}&quot; for a brace)</source>
        <translation>un &quot;}&quot; ne ferme aucun champ calculé (écrivez &quot;}}&quot; pour une accolade)</translation>
    </message>
    <message>
        <source>a &quot;{&quot; is not closed (write &quot;{{&quot; for a brace)</source>
        <translation>un &quot;{&quot; n&apos;est pas fermé (écrivez &quot;{{&quot; pour une accolade)</translation>
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
        <translation>%1 = Σ des %2 produits entrée·poids sur le noyau %3×%4 (%5 lisent le remplissage) = %6</translation>
    </message>
    <message>
        <source>%1 = max of the %2 values of the %3×%4 window (%5 in the padding, −∞) = %6</source>
        <translation>%1 = max des %2 valeurs de la fenêtre %3×%4 (%5 dans le remplissage, −∞) = %6</translation>
    </message>
    <message>
        <source>%1 = mean of the %2 values of the %3×%4 window (%5 in the padding, counted as 0) = %6</source>
        <translation>%1 = moyenne des %2 valeurs de la fenêtre %3×%4 (%5 dans le remplissage, comptées comme 0) = %6</translation>
    </message>
    <message>
        <source>undefined (0/0: the patch or the window is flat)</source>
        <translation>indéfini (0/0 : le patch ou la fenêtre est uniforme)</translation>
    </message>
    <message>
        <source>divided by √(ΣI²·ΣT²) = √(%1·%2): %3</source>
        <translation>divisé par √(ΣI²·ΣT²) = √(%1·%2) : %3</translation>
    </message>
    <message>
        <source>divided by √(Σ(I − ⟨I⟩)²·Σ(T − ⟨T⟩)²) = √(%1·%2): %3</source>
        <translation>divisé par √(Σ(I − ⟨I⟩)²·Σ(T − ⟨T⟩)²) = √(%1·%2) : %3</translation>
    </message>
    <message>
        <source>in(%1, %2) = %3 stamps %3 × kernel on output rows %4–%5, cols %6–%7</source>
        <translation>in(%1, %2) = %3 dépose %3 × noyau sur les lignes %4–%5 et les colonnes %6–%7 de la sortie</translation>
    </message>
    <message numerus="yes">
        <source>(%n product(s) fall in the cropped border)</source>
        <translation>
            <numerusform>(%n produit tombe dans la bordure rognée)</numerusform>
            <numerusform>(%n produits tombent dans la bordure rognée)</numerusform>
        </translation>
    </message>
    <message>
        <source>Overlapping stamps add up.</source>
        <translation>Les empreintes qui se chevauchent s&apos;additionnent.</translation>
    </message>
</context>
<context>
    <name>StepperCaption</name>
    <message>
        <source>No padding, no strides</source>
        <translation>Sans remplissage, sans pas</translation>
    </message>
    <message>
        <source>Arbitrary padding</source>
        <translation>Remplissage quelconque</translation>
    </message>
    <message>
        <source>Half (same) padding</source>
        <translation>Remplissage moitié (same)</translation>
    </message>
    <message>
        <source>Full padding</source>
        <translation>Remplissage complet (full)</translation>
    </message>
    <message>
        <source>No padding, strides</source>
        <translation>Sans remplissage, avec pas</translation>
    </message>
    <message>
        <source>Padding, strides</source>
        <translation>Remplissage et pas</translation>
    </message>
    <message>
        <source>Padding, strides (odd)</source>
        <translation>Remplissage et pas (impair)</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>Dilatation</translation>
    </message>
    <message>
        <source>True convolution (kernel flipped): i = %1, k = %2, s = %3, p = %4%5 → o = %6</source>
        <translation>Vraie convolution (noyau retourné) : i = %1, k = %2, s = %3, p = %4%5 → o = %6</translation>
    </message>
    <message>
        <source>Convolution (cross-correlation): i = %1, k = %2, s = %3, p = %4%5 → o = %6</source>
        <translation>Convolution (corrélation croisée) : i = %1, k = %2, s = %3, p = %4%5 → o = %6</translation>
    </message>
    <message>
        <source>Template matching (%1): image %2, patch %3, s = %4, p = %5 → %6</source>
        <translation>Recherche de motif (%1) : image %2, patch %3, s = %4, p = %5 → %6</translation>
    </message>
    <message>
        <source>Max pooling: i = %1, window %2, s = %3, p = %4 → o = %5</source>
        <translation>Max pooling : i = %1, fenêtre %2, s = %3, p = %4 → o = %5</translation>
    </message>
    <message>
        <source>Average pooling: i = %1, window %2, s = %3, p = %4 → o = %5</source>
        <translation>Pooling moyen : i = %1, fenêtre %2, s = %3, p = %4 → o = %5</translation>
    </message>
    <message>
        <source>Transposed convolution: i′ = %1, k = %2, s = %3, p = %4, a = %5%6 → o′ = %7</source>
        <translation>Convolution transposée : i′ = %1, k = %2, s = %3, p = %4, a = %5%6 → o′ = %7</translation>
    </message>
    <message>
        <source>rows: %1</source>
        <translation>lignes : %1</translation>
    </message>
    <message>
        <source>columns: %1</source>
        <translation>colonnes : %1</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Suivre le s&amp;ystème</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The lesson has unsaved changes. Save them first?</source>
        <translation>La leçon a des modifications non enregistrées. Les enregistrer d&apos;abord ?</translation>
    </message>
</context>
<context>
    <name>ViewExport</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>There is no response to put in the figure yet.</source>
        <translation>Il n&apos;y a pas encore de réponse à mettre dans la figure.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>There is no response to copy yet.</source>
        <translation>Il n&apos;y a pas encore de réponse à copier.</translation>
    </message>
    <message>
        <source>Figure copied to the clipboard</source>
        <translation>Figure copiée dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>convlab::Autosave</name>
    <message>
        <source>There is no autosaved work to recover.</source>
        <translation>Il n&apos;y a aucun travail sauvegardé automatiquement à récupérer.</translation>
    </message>
    <message>
        <source>Cannot read the autosaved work: %1</source>
        <translation>Impossible de lire le travail sauvegardé automatiquement : %1</translation>
    </message>
    <message>
        <source>The autosaved work cannot be read: %1</source>
        <translation>Le travail sauvegardé automatiquement est illisible : %1</translation>
    </message>
</context>
<context>
    <name>convlab::BackToPixels</name>
    <message>
        <source>the strongest unit</source>
        <translation>l&apos;unité la plus active</translation>
    </message>
    <message>
        <source>the whole map</source>
        <translation>la carte entière</translation>
    </message>
    <message>
        <source>the unit at</source>
        <translation>l&apos;unité en</translation>
    </message>
    <message>
        <source>The backward pass is a transposed convolution</source>
        <translation>La rétropropagation est une convolution transposée</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>&amp;Couche</translation>
    </message>
    <message>
        <source>its &amp;input channel</source>
        <translation>son canal d&apos;&amp;entrée</translation>
    </message>
    <message>
        <source>What a unit responds to</source>
        <translation>Ce à quoi répond une unité</translation>
    </message>
    <message>
        <source>L&amp;ayer</source>
        <translation>C&amp;ouche</translation>
    </message>
    <message>
        <source>&amp;map</source>
        <translation>&amp;carte</translation>
    </message>
    <message>
        <source>&amp;row</source>
        <translation>&amp;ligne</translation>
    </message>
    <message>
        <source>c&amp;olumn</source>
        <translation>co&amp;lonne</translation>
    </message>
    <message>
        <source>Draw a digit on the Learned filters tab, or pick a held-out one: these views follow it.</source>
        <translation>Dessinez un chiffre dans l&apos;onglet Filtres appris, ou choisissez-en un mis de côté : ces vues le suivent.</translation>
    </message>
    <message>
        <source>The digit on the Learned filters tab, which the network reads as a %1. The loss is L = −log p(%1), the cross-entropy of that answer.</source>
        <translation>Le chiffre de l&apos;onglet Filtres appris, que le réseau lit comme un %1. La perte est L = −log p(%1), l&apos;entropie croisée de cette réponse.</translation>
    </message>
    <message>
        <source>∂L/∂x by libtorch&apos;s autograd: channel %1 of %2&apos;s input</source>
        <translation>∂L/∂x par l&apos;autograd de libtorch : canal %1 de l&apos;entrée de %2</translation>
    </message>
    <message>
        <source>Wᵀδ by ConvLab: δ = ∂L/∂y through %1&apos;s %2 filters, each by transposed convolution (stride %3, padding %4), summed</source>
        <translation>Wᵀδ par ConvLab : δ = ∂L/∂y passé par les %2 filtres de %1, chacun en convolution transposée (pas %3, remplissage %4), puis sommé</translation>
    </message>
    <message>
        <source>the same to float32 precision</source>
        <translation>identiques à la précision du float32</translation>
    </message>
    <message>
        <source>more than float32 rounding apart</source>
        <translation>plus éloignés que l&apos;arrondi du float32</translation>
    </message>
    <message>
        <source>The digit</source>
        <translation>Le chiffre</translation>
    </message>
    <message>
        <source>Deconvnet (Zeiler &amp; Fergus): %1&apos;s activation sent back by max-unpooling, ReLU and transposed convolution with the layer&apos;s own filters</source>
        <translation>Deconvnet (Zeiler et Fergus) : l&apos;activation de %1 renvoyée par max-unpooling, ReLU et convolution transposée avec les filtres mêmes de la couche</translation>
    </message>
    <message>
        <source>the unit</source>
        <translation>l&apos;unité</translation>
    </message>
    <message>
        <source>map %1</source>
        <translation>la carte %1</translation>
    </message>
    <message>
        <source>Gradient saliency: autograd&apos;s gradient of %1&apos;s activation with respect to the pixels</source>
        <translation>Saillance par le gradient : le gradient, par l&apos;autograd, de l&apos;activation de %1 par rapport aux pixels</translation>
    </message>
    <message>
        <source>Unit (row %1, column %2) of map %3 of %4: activation %5.</source>
        <translation>Unité (ligne %1, colonne %2) de la carte %3 de %4 : activation %5.</translation>
    </message>
    <message>
        <source>Map %1 of %2, %3×%3 units, all sent back: its largest activation is %4.</source>
        <translation>Carte %1 de %2, %3×%3 unités, toutes renvoyées : sa plus grande activation vaut %4.</translation>
    </message>
    <message>
        <source>Nothing comes back to the pixels: zero everywhere.</source>
        <translation>Rien ne revient aux pixels : zéro partout.</translation>
    </message>
    <message>
        <source>The two maps&apos; correlation over the %1 pixels: %2 (1: the same pattern).</source>
        <translation>Corrélation des deux cartes sur les %1 pixels : %2 (1 : le même motif).</translation>
    </message>
    <message>
        <source>Largest |∂L/∂x − Wᵀδ| over the %1 × %2 × %3 input values: %4, where |∂L/∂x| reaches %5: %6. Blue negative, white 0, red positive, one scale for both.</source>
        <translation>Plus grand |∂L/∂x − Wᵀδ| sur les %1 × %2 × %3 valeurs d&apos;entrée : %4, quand |∂L/∂x| atteint %5 : %6. Bleu négatif, blanc 0, rouge positif, une même échelle pour les deux.</translation>
    </message>
    <message>
        <source>The digit, and the pixels unit (row %1, column %2) of %3 sees: rows %4–%5, columns %6–%7</source>
        <translation>Le chiffre, et les pixels que voit l&apos;unité (ligne %1, colonne %2) de %3 : lignes %4 à %5, colonnes %6 à %7</translation>
    </message>
    <message>
        <source>The weights&apos; gradient, fil&amp;ter</source>
        <translation>Le gradient des poids, fil&amp;tre</translation>
    </message>
    <message>
        <source>∂L/∂W by libtorch&apos;s autograd: filter %1 of %2, its %3×%4 weights on input channel %5</source>
        <translation>∂L/∂W par l&apos;autograd de libtorch : filtre %1 de %2, ses %3×%4 poids sur le canal d&apos;entrée %5</translation>
    </message>
    <message>
        <source>x ⋆ δ by ConvLab: channel %1 of %2&apos;s input correlated with filter %3&apos;s δ, whose cells lie %4 apart in x (padding %5)</source>
        <translation>x ⋆ δ par ConvLab : canal %1 de l&apos;entrée de %2 corrélé avec le δ du filtre %3, dont les cellules sont espacées de %4 dans x (remplissage %5)</translation>
    </message>
    <message>
        <source>Largest |∂L/∂W − x ⋆ δ| over filter %1&apos;s %2 × %3 × %4 weights: %5; over the %6 filters: %7, where |∂L/∂W| reaches %8: %9.</source>
        <translation>Plus grand |∂L/∂W − x ⋆ δ| sur les %2 × %3 × %4 poids du filtre %1 : %5 ; sur les %6 filtres : %7, quand |∂L/∂W| atteint %8 : %9.</translation>
    </message>
</context>
<context>
    <name>convlab::CheckerboardView</name>
    <message>
        <source>Limits: i ≤ %1, k ≤ %2, s ≤ %3, d ≤ %4, so that the output, (i−1)s + d(k−1) + 1 cells a side, keeps its numbers readable. No padding: the whole output, borders included; the dashed frame is the interior, away from the borders.</source>
        <translation>Limites : i ≤ %1, k ≤ %2, s ≤ %3, d ≤ %4, pour que la sortie, de (i−1)s + d(k−1) + 1 cellules de côté, garde ses nombres lisibles. Sans remplissage : toute la sortie, bords compris ; le cadre en pointillés est l&apos;intérieur, loin des bords.</translation>
    </message>
    <message>
        <source>Input i</source>
        <translation>Entrée i</translation>
    </message>
    <message>
        <source>Rows and columns of the constant input</source>
        <translation>Lignes et colonnes de l&apos;entrée constante</translation>
    </message>
    <message>
        <source>Kernel k</source>
        <translation>Noyau k</translation>
    </message>
    <message>
        <source>Rows and columns of the constant kernel</source>
        <translation>Lignes et colonnes du noyau constant</translation>
    </message>
    <message>
        <source>Stride s</source>
        <translation>Pas s</translation>
    </message>
    <message>
        <source>Stride of the transposed convolution, and the resize factor</source>
        <translation>Pas de la convolution transposée, et facteur d&apos;agrandissement</translation>
    </message>
    <message>
        <source>Dilation d</source>
        <translation>Dilatation d</translation>
    </message>
    <message>
        <source>Dilation of the kernel&apos;s taps</source>
        <translation>Dilatation des coefficients du noyau</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Agrandissement</translation>
    </message>
    <message>
        <source>nearest</source>
        <translation>plus proche voisin</translation>
    </message>
    <message>
        <source>bilinear</source>
        <translation>bilinéaire</translation>
    </message>
    <message>
        <source>How the input is enlarged by s before the ordinary convolution, on the right</source>
        <translation>Comment l&apos;entrée est agrandie d&apos;un facteur s avant la convolution ordinaire, à droite</translation>
    </message>
    <message>
        <source>One axis (1D), %1 output cells, the interior in bold: %2</source>
        <translation>Un axe (1D), %1 cellules de sortie, l&apos;intérieur en gras : %2</translation>
    </message>
    <message>
        <source>How many input cells reach each output cell (%1)</source>
        <translation>Combien de cellules d&apos;entrée atteignent chaque cellule de sortie (%1)</translation>
    </message>
    <message>
        <source>Transposed convolution: input of ones, %1×%1 kernel of ones</source>
        <translation>Convolution transposée : entrée de uns, noyau %1×%1 de uns</translation>
    </message>
    <message>
        <source>Resize ×%1 (%2), then a %3×%3 convolution of ones</source>
        <translation>Agrandissement ×%1 (%2), puis une convolution %3×%3 de uns</translation>
    </message>
    <message>
        <source>%1 to %2 over the whole map</source>
        <translation>de %1 à %2 sur toute la carte</translation>
    </message>
    <message>
        <source>No output cell lies away from the borders with an input this small: take a larger input to see the interior (%1).</source>
        <translation>Aucune cellule de sortie n&apos;est loin des bords avec une entrée si petite : prenez une entrée plus grande pour voir l&apos;intérieur (%1).</translation>
    </message>
    <message>
        <source>Even inside the frame: every cell there receives %1 contributions (%2), because s = %3 divides k = %4 and gcd(s, d) = gcd(%3, %5) = 1.</source>
        <translation>Régulier dans le cadre : chaque cellule y reçoit %1 contributions (%2), car s = %3 divise k = %4 et pgcd(s, d) = pgcd(%3, %5) = 1.</translation>
    </message>
    <message>
        <source>Even inside the frame (%1 contributions, %2), but only because the frame is narrower than the pattern&apos;s period s = %3: take a larger input.</source>
        <translation>Régulier dans le cadre (%1 contributions, %2), mais seulement parce que le cadre est plus étroit que la période du motif, s = %3 : prenez une entrée plus grande.</translation>
    </message>
    <message>
        <source>Uneven inside the frame, a checkerboard: from %1 to %2 contributions (%3), because s = %4 does not divide k = %5: some phases of the stride receive one tap more than others.</source>
        <translation>Irrégulier dans le cadre, un damier : de %1 à %2 contributions (%3), car s = %4 ne divise pas k = %5 : certaines phases du pas reçoivent un coefficient de plus que d&apos;autres.</translation>
    </message>
    <message>
        <source>Resize then convolution: no cell lies away from the borders at this size.</source>
        <translation>Agrandissement puis convolution : aucune cellule n&apos;est loin des bords à cette taille.</translation>
    </message>
    <message>
        <source>Resize then convolution: %1 everywhere inside its frame, every output cell reads k×k cells of the enlarged input: no pattern.</source>
        <translation>Agrandissement puis convolution : %1 partout dans son cadre, chaque cellule de sortie lit k×k cellules de l&apos;entrée agrandie : aucun motif.</translation>
    </message>
    <message>
        <source>Resize then convolution: from %1 to %2 inside its frame.</source>
        <translation>Agrandissement puis convolution : de %1 à %2 dans son cadre.</translation>
    </message>
    <message>
        <source>Uneven inside the frame: from %1 to %2 contributions (%3), some cells get none, because gcd(s, d) = gcd(%4, %5) = %6 &gt; 1: the taps land only on the phases of the stride that are multiples of %6.</source>
        <translation>Irrégulier dans le cadre : de %1 à %2 contributions (%3), certaines cellules n&apos;en reçoivent aucune, car pgcd(s, d) = pgcd(%4, %5) = %6 &gt; 1 : les coefficients ne tombent que sur les phases du pas multiples de %6.</translation>
    </message>
</context>
<context>
    <name>convlab::CodePanel</name>
    <message>
        <source>Pooling after: save the map above as response.npy, then</source>
        <translation>Pooling ensuite : enregistrez la carte ci-dessus sous response.npy, puis</translation>
    </message>
    <message>
        <source>No snippet for these parameters: %1</source>
        <translation>Pas de code pour ces paramètres : %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the snippet to the clipboard</source>
        <translation>Copier le code dans le presse-papiers</translation>
    </message>
    <message>
        <source>Save arrays…</source>
        <translation>Enregistrer les tableaux…</translation>
    </message>
    <message>
        <source>Write input.npy and kernel.npy, the files the snippet loads</source>
        <translation>Écrire input.npy et kernel.npy, les fichiers que le code charge</translation>
    </message>
</context>
<context>
    <name>convlab::ColorBar</name>
    <message>
        <source>undefined</source>
        <translation>indéfini</translation>
    </message>
</context>
<context>
    <name>convlab::ConfusionMatrix</name>
    <message>
        <source>read as</source>
        <translation>lu comme</translation>
    </message>
    <message>
        <source>true digit</source>
        <translation>vrai chiffre</translation>
    </message>
</context>
<context>
    <name>convlab::DecoderView</name>
    <message>
        <source>Two small encoder–decoders learn to upsample 10×10 digits back to 20×20: one with stride-2 transposed convolutions, one with nearest ×2 then a 3×3 convolution. Held-out digits after every epoch:</source>
        <translation>Deux petits encodeurs–décodeurs apprennent à agrandir des chiffres de 10×10 en 20×20 : l&apos;un par convolutions transposées de pas 2, l&apos;autre par agrandissement au plus proche ×2 puis convolution 3×3. Des chiffres mis de côté, après chaque époque :</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>input, 10×10</source>
        <translation>entrée, 10×10</translation>
    </message>
    <message>
        <source>transposed conv.</source>
        <translation>conv. transposée</translation>
    </message>
    <message>
        <source>resize-conv.</source>
        <translation>agrandissement puis conv.</translation>
    </message>
    <message>
        <source>original, 20×20</source>
        <translation>original, 20×20</translation>
    </message>
    <message>
        <source>Checkerboard energy of the outputs (their energy at the stride&apos;s frequencies)</source>
        <translation>Énergie en damier des sorties (leur énergie aux fréquences du pas)</translation>
    </message>
    <message>
        <source>the digits&apos; own</source>
        <translation>celle des chiffres</translation>
    </message>
    <message>
        <source>Press Start: %1 epochs of %2 digits each.</source>
        <translation>Appuyez sur Démarrer : %1 époques de %2 chiffres chacune.</translation>
    </message>
    <message>
        <source>After epoch %1 of %2, on %3 held-out digits: checkerboard energy %4 (transposed) and %5 (resize-conv.), the digits&apos; own %6; mean squared error %7 and %8.</source>
        <translation>Après l&apos;époque %1 sur %2, sur %3 chiffres mis de côté : énergie en damier %4 (transposée) et %5 (agrandissement puis conv.), celle des chiffres %6 ; erreur quadratique moyenne %7 et %8.</translation>
    </message>
</context>
<context>
    <name>convlab::Document</name>
    <message>
        <source>Paint</source>
        <translation>Peindre</translation>
    </message>
    <message>
        <source>Paint patch</source>
        <translation>Peindre le patch</translation>
    </message>
    <message>
        <source>Change parameters</source>
        <translation>Modifier les paramètres</translation>
    </message>
    <message>
        <source>Change view</source>
        <translation>Modifier l&apos;affichage</translation>
    </message>
    <message>
        <source>Cannot add the digit to the training set</source>
        <translation>Impossible d&apos;ajouter le chiffre à l&apos;entraînement</translation>
    </message>
    <message>
        <source>Add own digit %1 to the training set</source>
        <translation>Ajouter son chiffre %1 à l&apos;entraînement</translation>
    </message>
    <message numerus="yes">
        <source>Added a %1 of your own to the training set (%n own digit(s))</source>
        <translation>
            <numerusform>Un %1 à vous ajouté à l&apos;entraînement (%n chiffre à vous)</numerusform>
            <numerusform>Un %1 à vous ajouté à l&apos;entraînement (%n chiffres à vous)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove the digit</source>
        <translation>Impossible de retirer le chiffre</translation>
    </message>
    <message numerus="yes">
        <source>there is no own digit %1 (the document holds %n)</source>
        <translation>
            <numerusform>il n&apos;y a pas de chiffre à vous numéro %1 (le document en contient %n)</numerusform>
            <numerusform>il n&apos;y a pas de chiffre à vous numéro %1 (le document en contient %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove own digit %1 from the training set</source>
        <translation>Retirer son chiffre %1 de l&apos;entraînement</translation>
    </message>
    <message>
        <source>Removed a %1 of your own from the training set</source>
        <translation>Un %1 à vous retiré de l&apos;entraînement</translation>
    </message>
</context>
<context>
    <name>convlab::EnergyCurve</name>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
</context>
<context>
    <name>convlab::ExerciseBox</name>
    <message>
        <source>Your turn</source>
        <translation>À vous</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Show &amp;answer</source>
        <translation>Voir la &amp;réponse</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Réponse : %1</translation>
    </message>
</context>
<context>
    <name>convlab::ExportAnimationDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export Animation</source>
        <translation>Exporter l&apos;animation</translation>
    </message>
    <message>
        <source>GIF animation (.gif)</source>
        <translation>Animation GIF (.gif)</translation>
    </message>
    <message>
        <source>MP4 video (.mp4)</source>
        <translation>Vidéo MP4 (.mp4)</translation>
    </message>
    <message>
        <source>PNG sequence (a folder of frames)</source>
        <translation>Séquence PNG (un dossier d&apos;images)</translation>
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
        <translation> images/s</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Frame &amp;size:</source>
        <translation>&amp;Taille des images :</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>É&amp;chelle :</translation>
    </message>
    <message>
        <source>Frame &amp;rate:</source>
        <translation>Ca&amp;dence :</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Desti&amp;nation :</translation>
    </message>
    <message>
        <source>animation</source>
        <translation>animation</translation>
    </message>
    <message>
        <source>Export GIF Animation</source>
        <translation>Exporter l&apos;animation GIF</translation>
    </message>
    <message>
        <source>GIF animations (*.gif)</source>
        <translation>Animations GIF (*.gif)</translation>
    </message>
    <message>
        <source>Export MP4 Video</source>
        <translation>Exporter la vidéo MP4</translation>
    </message>
    <message>
        <source>MP4 videos (*.mp4)</source>
        <translation>Vidéos MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>Folder for the Frames (empty, or an earlier export)</source>
        <translation>Dossier des images (vide, ou un export précédent)</translation>
    </message>
    <message>
        <source>Frames: %1 · %2×%3 pixels · %L4 s.</source>
        <translation>Images : %1 · %2×%3 pixels · %L4 s.</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>Export de « %1 »…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>The animation was not exported.

%1</source>
        <translation>L&apos;animation n&apos;a pas été exportée.

%1</translation>
    </message>
</context>
<context>
    <name>convlab::FeatureMaps</name>
    <message>
        <source>input, %1 × %1, as the network reads it</source>
        <translation>entrée, %1 × %1, telle que le réseau la lit</translation>
    </message>
    <message>
        <source>%1: %2 maps of %3 × %3 (before ReLU), a unit sees %4 × %4 pixels</source>
        <translation>%1 : %2 cartes de %3 × %3 (avant ReLU), une unité voit %4 × %4 pixels</translation>
    </message>
    <message>
        <source>%1: %2 maps of %3 × %3 (after ReLU), a unit sees %4 × %4 pixels</source>
        <translation>%1 : %2 cartes de %3 × %3 (après ReLU), une unité voit %4 × %4 pixels</translation>
    </message>
    <message>
        <source>Draw a digit or pick one of the held-out digits to see what each layer makes of it.</source>
        <translation>Dessinez un chiffre ou choisissez-en un parmi les chiffres mis de côté pour voir ce qu&apos;en fait chaque couche.</translation>
    </message>
    <message>
        <source>%1, map %2, unit (%3, %4): it sees input rows %5–%6, columns %7–%8 (%9 × %9 with the padding)</source>
        <translation>%1, carte %2, unité (%3, %4) : elle voit les lignes %5 à %6 et les colonnes %7 à %8 de l&apos;entrée (%9 × %9 avec le remplissage)</translation>
    </message>
</context>
<context>
    <name>convlab::HeatmapView</name>
    <message>
        <source>(row, col) of %1 of the %2 peaks: no room for the others</source>
        <translation>(ligne, colonne) de %1 des %2 pics : pas de place pour les autres</translation>
    </message>
</context>
<context>
    <name>convlab::ImageCanvas</name>
    <message>
        <source>%1×%2 at (row %3, col %4)</source>
        <translation>%1×%2 en (ligne %3, colonne %4)</translation>
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
        <translation>Revenir aux poids aléatoires que donne la graine</translation>
    </message>
    <message>
        <source>The initial weights and the order of the digits: the same seed trains the same filters</source>
        <translation>Les poids initiaux et l&apos;ordre des chiffres : la même graine entraîne les mêmes filtres</translation>
    </message>
    <message>
        <source>The first steps&apos; size, decayed to 0 along a cosine (SGD with momentum). Too large, and the loss becomes NaN</source>
        <translation>La taille des premiers pas, réduite jusqu&apos;à 0 selon un cosinus (SGD avec momentum). Trop grand, et la perte devient NaN</translation>
    </message>
    <message>
        <source>&amp;Learning rate</source>
        <translation>&amp;Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Passes over the 4,000 training digits</source>
        <translation>Passages sur les 4 000 chiffres d&apos;entraînement</translation>
    </message>
    <message>
        <source>&amp;Epochs</source>
        <translation>Épo&amp;ques</translation>
    </message>
    <message>
        <source>The network</source>
        <translation>Le réseau</translation>
    </message>
    <message>
        <source>Each stage: convolution → ReLU → max-pooling; then one linear layer to the ten digits. Hover an output size for its formula.</source>
        <translation>Chaque étage : convolution → ReLU → max-pooling ; puis une couche linéaire vers les dix chiffres. Survolez une taille de sortie pour voir sa formule.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>First-layer filters</source>
        <translation>Filtres de la première couche</translation>
    </message>
    <message>
        <source>Blue negative, white 0, red positive, on one scale. Random noise at first, strokes and edges once trained. Click a filter to use it as the patch of the main views, on the sheet of digits.</source>
        <translation>Bleu négatif, blanc 0, rouge positif, sur une même échelle. Du bruit au départ, des traits et des bords une fois entraînés. Cliquez sur un filtre pour en faire le patch des vues principales, sur la planche de chiffres.</translation>
    </message>
    <message>
        <source>Click to use this filter as the patch</source>
        <translation>Cliquez pour faire de ce filtre le patch</translation>
    </message>
    <message>
        <source>Second-layer filters</source>
        <translation>Filtres de la deuxième couche</translation>
    </message>
    <message>
        <source>Look inside</source>
        <translation>Regarder à l&apos;intérieur</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse (right-click clears), or pick one the network never trained on.</source>
        <translation>Dessinez un chiffre à la souris (clic droit pour effacer), ou choisissez-en un sur lequel le réseau ne s&apos;est jamais entraîné.</translation>
    </message>
    <message>
        <source>&amp;Held-out digit</source>
        <translation>&amp;Chiffre mis de côté</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>Cartes de caractéristiques</translation>
    </message>
    <message>
        <source>a %1, never trained on</source>
        <translation>un %1, jamais vu à l&apos;entraînement</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Entraîner</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>This network has one stage only.</source>
        <translation>Ce réseau n&apos;a qu&apos;un étage.</translation>
    </message>
    <message>
        <source>, held-out accuracy %1 %</source>
        <translation>, exactitude sur les chiffres mis de côté %1 %</translation>
    </message>
    <message>
        <source>epoch %1 of %2, batch %3 of %4: loss %5, train accuracy %6 %%7</source>
        <translation>époque %1 sur %2, lot %3 sur %4 : perte %5, exactitude à l&apos;entraînement %6 %%7</translation>
    </message>
    <message>
        <source>Not trained: the filters are the seed&apos;s random weights. Press Train.</source>
        <translation>Pas entraîné : les filtres sont les poids aléatoires de la graine. Appuyez sur Entraîner.</translation>
    </message>
    <message>
        <source>Training, %1</source>
        <translation>Entraînement, %1</translation>
    </message>
    <message>
        <source>Paused at %1</source>
        <translation>En pause à l&apos;%1</translation>
    </message>
    <message>
        <source>Stopped at %1</source>
        <translation>Arrêté à l&apos;%1</translation>
    </message>
    <message>
        <source>Trained: %1 of %2 held-out digits right (%3 %)</source>
        <translation>Entraîné : %1 chiffres mis de côté sur %2 reconnus (%3 %)</translation>
    </message>
    <message>
        <source>Training diverged at epoch %1</source>
        <translation>L&apos;entraînement a divergé à l&apos;époque %1</translation>
    </message>
    <message>
        <source>The network reads a &lt;b&gt;%1&lt;/b&gt; (%2 %)</source>
        <translation>Le réseau lit un &lt;b&gt;%1&lt;/b&gt; (%2 %)</translation>
    </message>
    <message>
        <source>Draw a digit on the pad.</source>
        <translation>Dessinez un chiffre sur le bloc.</translation>
    </message>
    <message>
        <source>See&amp;d</source>
        <translation>&amp;Graine</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>E&amp;ffacer</translation>
    </message>
    <message>
        <source>Re&amp;set</source>
        <translation>Réi&amp;nitialiser</translation>
    </message>
    <message>
        <source>A column per filter of conv2 (%1), a row per channel it reads (%2: the maps of conv1&apos;s filters, pooled).</source>
        <translation>Une colonne par filtre de conv2 (%1), une ligne par canal qu&apos;il lit (%2 : les cartes des filtres de conv1, après pooling).</translation>
    </message>
    <message numerus="yes">
        <source>%n zero(s)</source>
        <translation>
            <numerusform>%n chiffre 0</numerusform>
            <numerusform>%n chiffres 0</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n one(s)</source>
        <translation>
            <numerusform>%n chiffre 1</numerusform>
            <numerusform>%n chiffres 1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n two(s)</source>
        <translation>
            <numerusform>%n chiffre 2</numerusform>
            <numerusform>%n chiffres 2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n three(s)</source>
        <translation>
            <numerusform>%n chiffre 3</numerusform>
            <numerusform>%n chiffres 3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n four(s)</source>
        <translation>
            <numerusform>%n chiffre 4</numerusform>
            <numerusform>%n chiffres 4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n five(s)</source>
        <translation>
            <numerusform>%n chiffre 5</numerusform>
            <numerusform>%n chiffres 5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n six(es)</source>
        <translation>
            <numerusform>%n chiffre 6</numerusform>
            <numerusform>%n chiffres 6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seven(s)</source>
        <translation>
            <numerusform>%n chiffre 7</numerusform>
            <numerusform>%n chiffres 7</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n eight(s)</source>
        <translation>
            <numerusform>%n chiffre 8</numerusform>
            <numerusform>%n chiffres 8</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nine(s)</source>
        <translation>
            <numerusform>%n chiffre 9</numerusform>
            <numerusform>%n chiffres 9</numerusform>
        </translation>
    </message>
    <message>
        <source>Save &amp;Model…</source>
        <translation>Enregistrer le &amp;modèle…</translation>
    </message>
    <message>
        <source>Ope&amp;n Model…</source>
        <translation>&amp;Ouvrir un modèle…</translation>
    </message>
    <message>
        <source>The network as it is now, to a .pt file: a TorchScript archive that `convlab predict` and PyTorch (torch.jit.load) read</source>
        <translation>Le réseau tel qu&apos;il est, dans un fichier .pt : une archive TorchScript que lisent `convlab predict` et PyTorch (torch.jit.load)</translation>
    </message>
    <message>
        <source>A network saved by ConvLab or `convlab train` in place of this one: its architecture, filters and predictions</source>
        <translation>Un réseau enregistré par ConvLab ou `convlab train` à la place de celui-ci : son architecture, ses filtres et ses prédictions</translation>
    </message>
    <message>
        <source>Held-out digits: right and wrong</source>
        <translation>Chiffres de test : justes et faux</translation>
    </message>
    <message>
        <source>Click a cell to see its digits on the pad</source>
        <translation>Cliquez sur une case pour voir ses chiffres sur le bloc</translation>
    </message>
    <message>
        <source>The cell&apos;s previous digit</source>
        <translation>Le chiffre précédent de la case</translation>
    </message>
    <message>
        <source>The cell&apos;s next digit</source>
        <translation>Le chiffre suivant de la case</translation>
    </message>
    <message>
        <source>A row per true digit, a column per digit the network read: right answers on the outlined diagonal, mistakes elsewhere.</source>
        <translation>Une ligne par vrai chiffre, une colonne par chiffre lu par le réseau : les bonnes réponses sur la diagonale encadrée, les erreurs ailleurs.</translation>
    </message>
    <message>
        <source>Train the network: its answers on the held-out digits fill this table.</source>
        <translation>Entraînez le réseau : ses réponses sur les chiffres de test remplissent ce tableau.</translation>
    </message>
    <message>
        <source>Click a cell to browse its digits.</source>
        <translation>Cliquez sur une case pour parcourir ses chiffres.</translation>
    </message>
    <message>
        <source>No held-out %1 was read as %2.</source>
        <translation>Aucun %1 de test n&apos;a été pris pour un %2.</translation>
    </message>
    <message>
        <source>%1 read right — showing %2 of %3</source>
        <translation>%1 : bonne réponse — %2 affiché sur %3</translation>
    </message>
    <message>
        <source>%1 read as %2 — showing %3 of %4</source>
        <translation>%1 pris pour un %2 — %3 affiché sur %4</translation>
    </message>
    <message>
        <source>ConvLab models (*.pt);;All files (*)</source>
        <translation>Modèles ConvLab (*.pt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>Ouvrir un modèle</translation>
    </message>
    <message>
        <source>Save Model</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Opened %1: %2 of %3 held-out digits right (%4 %)</source>
        <translation>%1 ouvert : %2 chiffres de test justes sur %3 (%4 %)</translation>
    </message>
    <message>
        <source>Cannot add the digit to the training set</source>
        <translation>Impossible d&apos;ajouter le chiffre à l&apos;entraînement</translation>
    </message>
    <message>
        <source>there is no document to keep it in</source>
        <translation>il n&apos;y a pas de document où le garder</translation>
    </message>
    <message>
        <source>the pad is blank: draw a digit on it first</source>
        <translation>le bloc est vide : dessinez-y d&apos;abord un chiffre</translation>
    </message>
    <message>
        <source>the pad shows a digit of the sheet (%1 × %2 pixels, not drawn on the %3 × %3 pad): draw a digit of your own</source>
        <translation>le bloc montre un chiffre de la planche (%1 × %2 pixels, pas dessiné sur le bloc de %3 × %3) : dessinez votre propre chiffre</translation>
    </message>
    <message numerus="yes">
        <source>This run trains on %1 digits: the sheet&apos;s %2 and %n of your own.</source>
        <translation>
            <numerusform>Cet entraînement porte sur %1 chiffres : les %2 de la planche et %n à vous.</numerusform>
            <numerusform>Cet entraînement porte sur %1 chiffres : les %2 de la planche et %n à vous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This run trains on %n of your own digits; the next one on %1.</source>
        <translation>
            <numerusform>Cet entraînement porte sur %n de vos chiffres ; le prochain sur %1.</numerusform>
            <numerusform>Cet entraînement porte sur %n de vos chiffres ; le prochain sur %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last run trained on %1 digits: the sheet&apos;s %2 and %n of your own.</source>
        <translation>
            <numerusform>Le dernier entraînement a porté sur %1 chiffres : les %2 de la planche et %n à vous.</numerusform>
            <numerusform>Le dernier entraînement a porté sur %1 chiffres : les %2 de la planche et %n à vous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last run trained on %n of your own digits; the next one trains on %1.</source>
        <translation>
            <numerusform>Le dernier entraînement a porté sur %n de vos chiffres ; le prochain portera sur %1.</numerusform>
            <numerusform>Le dernier entraînement a porté sur %n de vos chiffres ; le prochain portera sur %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next run trains on the sheet&apos;s %1 digits and %n of your own.</source>
        <translation>
            <numerusform>Le prochain entraînement porte sur les %1 chiffres de la planche et %n à vous.</numerusform>
            <numerusform>Le prochain entraînement porte sur les %1 chiffres de la planche et %n à vous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the model %1…</source>
        <translation>Ouverture du modèle %1…</translation>
    </message>
    <message>
        <source>Right and wrong</source>
        <translation>Justes et faux</translation>
    </message>
    <message>
        <source>Your own digits</source>
        <translation>Vos propres chiffres</translation>
    </message>
</context>
<context>
    <name>convlab::LearnTabs</name>
    <message>
        <source>Learned filters</source>
        <translation>Filtres appris</translation>
    </message>
    <message>
        <source>Back to pixels</source>
        <translation>Retour aux pixels</translation>
    </message>
    <message>
        <source>Decoder: checkerboards</source>
        <translation>Décodeur : damiers</translation>
    </message>
</context>
<context>
    <name>convlab::LearnedFiltersMode</name>
    <message>
        <source>Use learned filter %1 of conv1 as the patch</source>
        <translation>Utiliser le filtre appris %1 de conv1 comme patch</translation>
    </message>
    <message>
        <source>Learned filter %1 of conv1 is the patch: its response on the 5,000 digits, by cross-correlation, and its peak</source>
        <translation>Le filtre appris %1 de conv1 est le patch : sa réponse sur les 5 000 chiffres, par corrélation croisée, et son pic</translation>
    </message>
</context>
<context>
    <name>convlab::LessonPanel</name>
    <message>
        <source>Image operations (core&apos;s 2×3 affine matrix, (x, y) = (col, row))</source>
        <translation>Opérations sur l&apos;image (matrice affine 2×3 du cœur, (x, y) = (colonne, ligne))</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédente</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>Réi&amp;nitialiser</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivante</translation>
    </message>
    <message>
        <source>Load this step&apos;s state again</source>
        <translation>Recharger l&apos;état de cette étape</translation>
    </message>
    <message>
        <source>No lesson open</source>
        <translation>Aucune leçon ouverte</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a lesson in the &lt;b&gt;Lessons&lt;/b&gt; menu, or open a &lt;tt&gt;.convlab&lt;/tt&gt; lesson file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez une leçon dans le menu &lt;b&gt;Leçons&lt;/b&gt;, ou ouvrez un fichier de leçon &lt;tt&gt;.convlab&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step %1 / %2</source>
        <translation>Étape %1 / %2</translation>
    </message>
</context>
<context>
    <name>convlab::LessonsMenu</name>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Leçons</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>Étape &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>Étape &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Reset Step</source>
        <translation>&amp;Réinitialiser l&apos;étape</translation>
    </message>
</context>
<context>
    <name>convlab::MainWindow</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>La sauvegarde automatique a échoué : %1</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
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
        <translation>Code copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>Patch (kernel), %1 × %2</source>
        <translation>Patch (noyau), %1 × %2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1[*] — ConvLab</source>
        <translation>%1[*] — ConvLab</translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation>Coller une image</translation>
    </message>
    <message>
        <source>About ConvLab</source>
        <translation>À propos de ConvLab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ConvLab %1&lt;/h3&gt;&lt;p&gt;A laboratory for convolution as convolutional neural networks use it: draw or load an image, shape a patch, and watch the response, its peaks and the output-size arithmetic live.&lt;/p&gt;&lt;p&gt;Semantics follow PyTorch (conv2d, pooling) and OpenCV (matchTemplate). MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ConvLab %1&lt;/h3&gt;&lt;p&gt;Un laboratoire de la convolution telle que l&apos;utilisent les réseaux de neurones convolutionnels : dessinez ou chargez une image, façonnez un patch, et observez en direct la réponse, ses pics et le calcul de la taille de sortie.&lt;/p&gt;&lt;p&gt;La sémantique suit PyTorch (conv2d, pooling) et OpenCV (matchTemplate). Licence MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Ouvrir un fichier récent</translation>
    </message>
    <message>
        <source>ConvLab did not close normally last time. Work saved automatically before that can be restored.</source>
        <translation>ConvLab ne s&apos;est pas fermé normalement la dernière fois. Le travail sauvegardé automatiquement avant peut être restauré.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Cannot restore the autosaved work</source>
        <translation>Impossible de restaurer le travail sauvegardé automatiquement</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Drop image</source>
        <translation>Déposer une image</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Exported the animation to %1</source>
        <translation>Animation exportée dans %1</translation>
    </message>
</context>
<context>
    <name>convlab::MatrixView</name>
    <message>
        <source>Presets:</source>
        <translation>Préréglages :</translation>
    </message>
    <message>
        <source>Lecture example</source>
        <translation>Exemple du cours</translation>
    </message>
    <message>
        <source>x of 7 values, w of 3, stride 2</source>
        <translation>x de 7 valeurs, w de 3, pas de 2</translation>
    </message>
    <message>
        <source>Orthonormal W</source>
        <translation>W orthonormale</translation>
    </message>
    <message>
        <source>kernel [−1, 0, 0, 1]/√2, stride 4: W·Wᵀ = I</source>
        <translation>noyau [−1, 0, 0, 1]/√2, pas de 4 : W·Wᵀ = I</translation>
    </message>
    <message>
        <source>Tiny 2D image</source>
        <translation>Petite image 2D</translation>
    </message>
    <message>
        <source>a 3×3 image, a 2×2 kernel, stride 1, flattened</source>
        <translation>une image 3×3, un noyau 2×2, pas de 1, aplatie</translation>
    </message>
    <message>
        <source>1D signal</source>
        <translation>Signal 1D</translation>
    </message>
    <message>
        <source>2D image (flattened)</source>
        <translation>Image 2D (aplatie)</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Switch between symbols (w₁, x₁, …) and numbers</source>
        <translation>Basculer entre symboles (w₁, x₁, …) et nombres</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>Dilatation</translation>
    </message>
    <message>
        <source>New values</source>
        <translation>Nouvelles valeurs</translation>
    </message>
    <message>
        <source>x as an image</source>
        <translation>x en image</translation>
    </message>
    <message>
        <source>y as an image</source>
        <translation>y en image</translation>
    </message>
    <message>
        <source>z as an image</source>
        <translation>z en image</translation>
    </message>
    <message>
        <source>The convolution as a product: y = W x</source>
        <translation>La convolution comme produit : y = W x</translation>
    </message>
    <message>
        <source>Going back with the transpose: x̂ = Wᵀ y</source>
        <translation>Revenir avec la transposée : x̂ = Wᵀ y</translation>
    </message>
    <message>
        <source>Rearranged, Wᵀ y is a convolution: x̂ = C z</source>
        <translation>Réarrangé, Wᵀ y est une convolution : x̂ = C z</translation>
    </message>
    <message>
        <source>Is Wᵀ the inverse of W? W Wᵀ and the reconstruction</source>
        <translation>Wᵀ est-elle l&apos;inverse de W ? W Wᵀ et la reconstruction</translation>
    </message>
    <message>
        <source>Cannot build W: %1</source>
        <translation>Impossible de construire W : %1</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Symboles</translation>
    </message>
    <message>
        <source> (per axis)</source>
        <translation> (par axe)</translation>
    </message>
    <message>
        <source>The lecture&apos;s slide is loose here: its vectors run to x₈ although x has 7 entries, and its zero-inserted y has 12 entries (two zeros between y₁ and y₂, three between y₂ and y₃). Exactly: y has ⌊(7 − 3)/2⌋ + 1 = %1 entries, one zero between them makes %2, a border of k − 1 = %3 zeros on each side makes %4, so C is 7×%4.</source>
        <translation>La diapositive du cours est approximative ici : ses vecteurs vont jusqu&apos;à x₈ alors que x a 7 valeurs, et son y avec insertion de zéros a 12 valeurs (deux zéros entre y₁ et y₂, trois entre y₂ et y₃). Exactement : y a ⌊(7 − 3)/2⌋ + 1 = %1 valeurs, un zéro entre elles donne %2, une bordure de k − 1 = %3 zéros de chaque côté donne %4, donc C est de taille 7×%4.</translation>
    </message>
    <message>
        <source>‖W Wᵀ − I‖ = %1: W is orthonormal and square, so Wᵀ = W⁻¹ and WᵀWx = x (‖WᵀWx − x‖/‖x‖ = %2).</source>
        <translation>‖W Wᵀ − I‖ = %1 : W est orthonormale et carrée, donc Wᵀ = W⁻¹ et WᵀWx = x (‖WᵀWx − x‖/‖x‖ = %2).</translation>
    </message>
    <message>
        <source>‖W Wᵀ − I‖ = %1: the rows of W are orthonormal, so W Wᵀ y = y: Wᵀ undoes W on what W produces. But W is %2×%3, wider than tall, so it has no inverse: WᵀWx is the projection of x onto the rows of W, equal to x only when x lies there (here ‖WᵀWx − x‖/‖x‖ = %4).</source>
        <translation>‖W Wᵀ − I‖ = %1 : les lignes de W sont orthonormales, donc W Wᵀ y = y : Wᵀ défait W sur ce que W produit. Mais W est de taille %2×%3, plus large que haute, donc elle n&apos;a pas d&apos;inverse : WᵀWx est la projection de x sur les lignes de W, égale à x seulement quand x s&apos;y trouve (ici ‖WᵀWx − x‖/‖x‖ = %4).</translation>
    </message>
    <message>
        <source>‖W Wᵀ − I‖ = %1: W is not orthonormal, so Wᵀ is not its inverse and WᵀWx differs from x (‖WᵀWx − x‖/‖x‖ = %2). The usual case: a transposed convolution brings the size back, not the signal.</source>
        <translation>‖W Wᵀ − I‖ = %1 : W n&apos;est pas orthonormale, donc Wᵀ n&apos;est pas son inverse et WᵀWx diffère de x (‖WᵀWx − x‖/‖x‖ = %2). C&apos;est le cas habituel : une convolution transposée rend la taille, pas le signal.</translation>
    </message>
    <message numerus="yes">
        <source>C slides the flipped kernel (%1) with stride 1 over z: y with s − 1 = %n zero(s) between its entries, %2 in all%3, and a border of d(k − 1) − p = %4 before and %5 + a = %6 after (a = %7 makes C z as long as x). C is %8×%9, and C z = Wᵀ y: largest difference %10.</source>
        <translation>
            <numerusform>C fait glisser le noyau retourné (%1) avec un pas de 1 sur z : y avec s − 1 = %n zéro entre ses valeurs, %2 en tout%3, et une bordure de d(k − 1) − p = %4 avant et %5 + a = %6 après (a = %7 rend C z aussi long que x). C est de taille %8×%9, et C z = Wᵀ y : plus grand écart %10.</numerusform>
            <numerusform>C fait glisser le noyau retourné (%1) avec un pas de 1 sur z : y avec s − 1 = %n zéros entre ses valeurs, %2 en tout%3, et une bordure de d(k − 1) − p = %4 avant et %5 + a = %6 après (a = %7 rend C z aussi long que x). C est de taille %8×%9, et C z = Wᵀ y : plus grand écart %10.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backward pass</source>
        <translation>Passe arrière</translation>
    </message>
    <message>
        <source>the lecture&apos;s x and w, padding 1, a target t: δ = y − t and ∂L/∂x = Wᵀδ</source>
        <translation>x et w du cours, remplissage 1, une cible t : δ = y − t et ∂L/∂x = Wᵀδ</translation>
    </message>
    <message>
        <source>The backward pass: δ = ∂L/∂y = y − t, then ∂L/∂x = Wᵀ δ</source>
        <translation>La passe arrière : δ = ∂L/∂y = y − t, puis ∂L/∂x = Wᵀ δ</translation>
    </message>
    <message>
        <source>L = ½ Σ (y − t)² = %1. Its gradient with respect to y is δ = ∂L/∂y = y − t; through y = W x the chain rule gives ∂L/∂x = Wᵀ δ: the same Wᵀ that multiplies y above, now applied to δ. The backward pass of a convolution is a transposed convolution of δ (stride %2, padding %3); libtorch&apos;s autograd gives these numbers.</source>
        <translation>L = ½ Σ (y − t)² = %1. Son gradient par rapport à y est δ = ∂L/∂y = y − t ; à travers y = W x, la dérivation en chaîne donne ∂L/∂x = Wᵀ δ : la même Wᵀ qui multiplie y plus haut, appliquée cette fois à δ. La passe arrière d&apos;une convolution est une convolution transposée de δ (pas %2, remplissage %3) ; l&apos;autograd de libtorch donne ces nombres.</translation>
    </message>
</context>
<context>
    <name>convlab::NetworkTable</name>
    <message>
        <source>Layer %1: %2</source>
        <translation>Couche %1 : %2</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étages</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>filtres</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>noyau</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>remplissage</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>pooling</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Multiply-adds</source>
        <translation>Multiplications-additions</translation>
    </message>
    <message>
        <source>Receptive field</source>
        <translation>Champ récepteur</translation>
    </message>
    <message>
        <source>%1 × %2 × %2</source>
        <translation>%1 × %2 × %2</translation>
    </message>
    <message>
        <source>Output size per axis: %1</source>
        <translation>Taille de sortie par axe : %1</translation>
    </message>
    <message>
        <source>the whole digit</source>
        <translation>tout le chiffre</translation>
    </message>
    <message>
        <source>%1 × %1</source>
        <translation>%1 × %1</translation>
    </message>
    <message>
        <source>A unit sees %1 × %1 input pixels (padding included); neighbouring units are %2 pixels apart.</source>
        <translation>Une unité voit %1 × %1 pixels de l&apos;entrée (remplissage compris) ; deux unités voisines sont à %2 pixels l&apos;une de l&apos;autre.</translation>
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
        <translation>Nouvelle image vide</translation>
    </message>
    <message>
        <source>Rows (height)</source>
        <translation>Lignes (hauteur)</translation>
    </message>
    <message>
        <source>Columns (width)</source>
        <translation>Colonnes (largeur)</translation>
    </message>
</context>
<context>
    <name>convlab::OffscreenScene</name>
    <message>
        <source>step %1: this lesson has no steps</source>
        <translation>étape %1 : cette leçon n&apos;a pas d&apos;étapes</translation>
    </message>
    <message>
        <source>step %1 is not a step of this lesson (1 to %2)</source>
        <translation>l&apos;étape %1 n&apos;est pas une étape de cette leçon (1 à %2)</translation>
    </message>
</context>
<context>
    <name>convlab::OwnDigitsPanel</name>
    <message>
        <source>Your own digits</source>
        <translation>Vos propres chiffres</translation>
    </message>
    <message>
        <source>Draw a digit on the pad, say which digit it is, and add it to the training set: the next run trains on it too (never on the held-out digits). The digits are kept in the document.</source>
        <translation>Dessinez un chiffre sur le bloc, dites quel chiffre c&apos;est et ajoutez-le à l&apos;entraînement : le prochain entraînement l&apos;apprend aussi (jamais les chiffres mis de côté). Les chiffres sont gardés dans le document.</translation>
    </message>
    <message>
        <source>The digit you drew: its label in training</source>
        <translation>Le chiffre que vous avez dessiné : son étiquette pour l&apos;entraînement</translation>
    </message>
    <message>
        <source>&amp;Add to Training Set</source>
        <translation>&amp;Ajouter à l&apos;entraînement</translation>
    </message>
    <message>
        <source>Remove the selected digit (Undo puts it back)</source>
        <translation>Retirer le chiffre choisi (Annuler le remet)</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Aucun pour l&apos;instant.</translation>
    </message>
    <message>
        <source>La&amp;bel</source>
        <translation>É&amp;tiquette</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>chiffre</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) of your own (at most %1):</source>
        <translation>
            <numerusform>%n chiffre à vous (au plus %1) :</numerusform>
            <numerusform>%n chiffres à vous (au plus %1) :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convlab::ParametersPanel</name>
    <message>
        <source>sqdiff — squared difference (lower is better)</source>
        <translation>sqdiff — différence au carré (plus bas = meilleur)</translation>
    </message>
    <message>
        <source>sqdiff_normed — normalised squared difference</source>
        <translation>sqdiff_normed — différence au carré normalisée</translation>
    </message>
    <message>
        <source>ccorr — raw correlation</source>
        <translation>ccorr — corrélation brute</translation>
    </message>
    <message>
        <source>ccorr_normed — normalised correlation</source>
        <translation>ccorr_normed — corrélation normalisée</translation>
    </message>
    <message>
        <source>ccoeff — correlation of deviations from the mean</source>
        <translation>ccoeff — corrélation des écarts à la moyenne</translation>
    </message>
    <message>
        <source>ccoeff_normed — Pearson correlation (−1 … 1)</source>
        <translation>ccoeff_normed — corrélation de Pearson (−1 … 1)</translation>
    </message>
    <message>
        <source>Cross-correlation (conv2d)</source>
        <translation>Corrélation croisée (conv2d)</translation>
    </message>
    <message>
        <source>True convolution (kernel flipped)</source>
        <translation>Vraie convolution (noyau retourné)</translation>
    </message>
    <message>
        <source>Template matching</source>
        <translation>Recherche de motif</translation>
    </message>
    <message>
        <source>Cross-correlation is what PyTorch&apos;s conv2d computes; true convolution flips the kernel by 180°.</source>
        <translation>La corrélation croisée est ce que calcule conv2d de PyTorch ; la vraie convolution retourne le noyau de 180°.</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>cols</source>
        <translation>colonnes</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Vertical step of the window</source>
        <translation>Pas vertical de la fenêtre</translation>
    </message>
    <message>
        <source>Horizontal step of the window</source>
        <translation>Pas horizontal de la fenêtre</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>Dilatation</translation>
    </message>
    <message>
        <source>Spacing between kernel taps, vertically</source>
        <translation>Espacement vertical entre les coefficients du noyau</translation>
    </message>
    <message>
        <source>Spacing between kernel taps, horizontally</source>
        <translation>Espacement horizontal entre les coefficients du noyau</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <source>Rows added on top</source>
        <translation>Lignes ajoutées en haut</translation>
    </message>
    <message>
        <source>Rows added at the bottom</source>
        <translation>Lignes ajoutées en bas</translation>
    </message>
    <message>
        <source>Columns added on the left</source>
        <translation>Colonnes ajoutées à gauche</translation>
    </message>
    <message>
        <source>Columns added on the right</source>
        <translation>Colonnes ajoutées à droite</translation>
    </message>
    <message>
        <source>top</source>
        <translation>haut</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>bas</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droite</translation>
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
        <translation>Sans remplissage : seulement les fenêtres qui tiennent dans l&apos;image</translation>
    </message>
    <message>
        <source>Pad so that, at stride 1, the output has the input&apos;s size</source>
        <translation>Remplir pour qu&apos;avec un pas de 1 la sortie ait la taille de l&apos;entrée</translation>
    </message>
    <message>
        <source>Pad d(k−1) on each side: every overlap of kernel and image</source>
        <translation>Remplir de d(k−1) de chaque côté : tous les recouvrements du noyau et de l&apos;image</translation>
    </message>
    <message>
        <source>Padding mode</source>
        <translation>Mode de remplissage</translation>
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
        <translation>Ce que contiennent les cellules de remplissage, avec les noms de PyTorch</translation>
    </message>
    <message>
        <source>Pooling after</source>
        <translation>Pooling ensuite</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>average</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>Pooling window height</source>
        <translation>Hauteur de la fenêtre de pooling</translation>
    </message>
    <message>
        <source>Pooling window width</source>
        <translation>Largeur de la fenêtre de pooling</translation>
    </message>
    <message>
        <source>Pooling stride, vertically</source>
        <translation>Pas vertical du pooling</translation>
    </message>
    <message>
        <source>Pooling stride, horizontally</source>
        <translation>Pas horizontal du pooling</translation>
    </message>
    <message>
        <source>Pooling padding on every side (at most half the window)</source>
        <translation>Remplissage du pooling de chaque côté (au plus la moitié de la fenêtre)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Template matching compares whole windows: no dilation.</source>
        <translation>La recherche de motif compare des fenêtres entières : pas de dilatation.</translation>
    </message>
    <message>
        <source>pool rows</source>
        <translation>lignes du pooling</translation>
    </message>
    <message>
        <source>pool cols</source>
        <translation>colonnes du pooling</translation>
    </message>
    <message>
        <source>Input %1 × %2, patch %3 × %4 → &lt;b&gt;response %5 × %6&lt;/b&gt;</source>
        <translation>Entrée %1 × %2, patch %3 × %4 → &lt;b&gt;réponse %5 × %6&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This combination is impossible:</source>
        <translation>Cette combinaison est impossible :</translation>
    </message>
</context>
<context>
    <name>convlab::PatchEditor</name>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Box blur</source>
        <translation>Flou moyenneur</translation>
    </message>
    <message>
        <source>Gaussian blur</source>
        <translation>Flou gaussien</translation>
    </message>
    <message>
        <source>Sobel x (vertical edges)</source>
        <translation>Sobel x (contours verticaux)</translation>
    </message>
    <message>
        <source>Sobel y (horizontal edges)</source>
        <translation>Sobel y (contours horizontaux)</translation>
    </message>
    <message>
        <source>Laplacian</source>
        <translation>Laplacien</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>Netteté</translation>
    </message>
    <message>
        <source>Emboss</source>
        <translation>Estampage</translation>
    </message>
    <message>
        <source>Gabor-like (oriented stripes)</source>
        <translation>Type Gabor (rayures orientées)</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Aléatoire</translation>
    </message>
    <message>
        <source>Patch height (rows)</source>
        <translation>Hauteur du patch (lignes)</translation>
    </message>
    <message>
        <source>Patch width (columns)</source>
        <translation>Largeur du patch (colonnes)</translation>
    </message>
    <message>
        <source>Preset…</source>
        <translation>Préréglage…</translation>
    </message>
    <message>
        <source>Replace the patch by a classic kernel of the current size</source>
        <translation>Remplacer le patch par un noyau classique de la taille actuelle</translation>
    </message>
    <message>
        <source>Normalise</source>
        <translation>Normaliser</translation>
    </message>
    <message>
        <source>Scale so the weights sum to 1 (edge kernels, which sum to 0: to unit length)</source>
        <translation>Mettre à l&apos;échelle pour que la somme des poids vaille 1 (noyaux de contours, de somme nulle : norme unité)</translation>
    </message>
    <message>
        <source>Normalise patch</source>
        <translation>Normaliser le patch</translation>
    </message>
    <message>
        <source>Flip</source>
        <translation>Retourner</translation>
    </message>
    <message>
        <source>Mirror the patch</source>
        <translation>Retourner le patch en miroir</translation>
    </message>
    <message>
        <source>Left ↔ right</source>
        <translation>Gauche ↔ droite</translation>
    </message>
    <message>
        <source>Flip patch left-right</source>
        <translation>Retourner le patch gauche-droite</translation>
    </message>
    <message>
        <source>Top ↕ bottom</source>
        <translation>Haut ↕ bas</translation>
    </message>
    <message>
        <source>Flip patch top-bottom</source>
        <translation>Retourner le patch haut-bas</translation>
    </message>
    <message>
        <source>Rotate 180° (true convolution)</source>
        <translation>Rotation de 180° (vraie convolution)</translation>
    </message>
    <message>
        <source>Rotate patch 180°</source>
        <translation>Tourner le patch de 180°</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Charger…</translation>
    </message>
    <message>
        <source>Load a patch from .npy, .txt or an image</source>
        <translation>Charger un patch depuis un .npy, un .txt ou une image</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save the patch as .npy, .txt or .png</source>
        <translation>Enregistrer le patch en .npy, .txt ou .png</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Resize patch to %1×%2</source>
        <translation>Redimensionner le patch en %1×%2</translation>
    </message>
    <message>
        <source>Patch preset: %1</source>
        <translation>Préréglage du patch : %1</translation>
    </message>
</context>
<context>
    <name>convlab::PresetBar</name>
    <message>
        <source>Arithmetic guide:</source>
        <translation>Guide arithmétique :</translation>
    </message>
    <message>
        <source>Transposed counterparts:</source>
        <translation>Équivalents transposés :</translation>
    </message>
    <message>
        <source>The cases of Dumoulin &amp; Visin, “A guide to convolution arithmetic for deep learning”</source>
        <translation>Les cas de Dumoulin &amp; Visin, « A guide to convolution arithmetic for deep learning »</translation>
    </message>
</context>
<context>
    <name>convlab::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour le moment)</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 n&apos;existe plus.</translation>
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
        <translation>gris</translation>
    </message>
    <message>
        <source>magma</source>
        <translation>magma</translation>
    </message>
    <message>
        <source>diverging (0 = white)</source>
        <translation>divergente (0 = blanc)</translation>
    </message>
    <message>
        <source>Colormap of the response (diverging is centred on 0)</source>
        <translation>Palette de couleurs de la réponse (la divergente est centrée sur 0)</translation>
    </message>
    <message>
        <source>Auto range</source>
        <translation>Plage auto</translation>
    </message>
    <message>
        <source>Value shown at the bottom of the scale</source>
        <translation>Valeur affichée en bas de l&apos;échelle</translation>
    </message>
    <message>
        <source>Value shown at the top of the scale</source>
        <translation>Valeur affichée en haut de l&apos;échelle</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Superposer</translation>
    </message>
    <message>
        <source>Draw the response over the input, aligned for padding and stride</source>
        <translation>Dessiner la réponse par-dessus l&apos;entrée, alignée selon le remplissage et le pas</translation>
    </message>
    <message>
        <source>Raw | normalised</source>
        <translation>Brute | normalisée</translation>
    </message>
    <message>
        <source>Raw correlation next to normalised correlation: raw correlation is pulled toward bright areas</source>
        <translation>La corrélation brute à côté de la corrélation normalisée : la corrélation brute est attirée par les zones claires</translation>
    </message>
    <message>
        <source>top </source>
        <translation>top </translation>
    </message>
    <message>
        <source>How many peaks to mark</source>
        <translation>Nombre de pics à marquer</translation>
    </message>
    <message>
        <source>apart ≥ </source>
        <translation>écart ≥ </translation>
    </message>
    <message>
        <source>Minimum distance between two peaks, in cells</source>
        <translation>Distance minimale entre deux pics, en cellules</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Keep only peaks better than the threshold</source>
        <translation>Ne garder que les pics meilleurs que le seuil</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>Pas de réponse : %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>true convolution</source>
        <translation>vraie convolution</translation>
    </message>
    <message>
        <source>cross-correlation</source>
        <translation>corrélation croisée</translation>
    </message>
    <message>
        <source>max pooling</source>
        <translation>max pooling</translation>
    </message>
    <message>
        <source>average pooling</source>
        <translation>pooling moyen</translation>
    </message>
    <message>
        <source>Response (%1), %2 × %3</source>
        <translation>Réponse (%1), %2 × %3</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Raw correlation (ccorr)</source>
        <translation>Corrélation brute (ccorr)</translation>
    </message>
    <message>
        <source>Normalised (ccoeff_normed)</source>
        <translation>Normalisée (ccoeff_normed)</translation>
    </message>
    <message>
        <source>No peak: every score is undefined (a flat patch or flat windows make the normalised score 0/0).</source>
        <translation>Aucun pic : tous les scores sont indéfinis (un patch ou des fenêtres uniformes donnent un score normalisé 0/0).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Best match at (row %1, col %2)&lt;/b&gt;, score %3 — &lt;code&gt;np.unravel_index(np.%4(result), result.shape)&lt;/code&gt;</source>
        <translation>&lt;b&gt;Meilleure correspondance en (ligne %1, colonne %2)&lt;/b&gt;, score %3 — &lt;code&gt;np.unravel_index(np.%4(result), result.shape)&lt;/code&gt;</translation>
    </message>
    <message>
        <source>In the image: rows %1–%2, cols %3–%4</source>
        <translation>Dans l&apos;image : lignes %1–%2, colonnes %3–%4</translation>
    </message>
    <message numerus="yes">
        <source> · %n peak(s) marked</source>
        <translation>
            <numerusform> · %n pic marqué</numerusform>
            <numerusform> · %n pics marqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) undefined (0/0: flat patch or flat window), shown hatched.</source>
        <translation>
            <numerusform>%n cellule indéfinie (0/0 : patch ou fenêtre uniforme), hachurée.</numerusform>
            <numerusform>%n cellules indéfinies (0/0 : patch ou fenêtre uniforme), hachurées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No peak: the threshold %1 hides every peak (the lowest score is %2). Raise the threshold or turn it off.</source>
        <translation>Aucun pic : le seuil %1 masque tous les pics (le score le plus bas est %2). Relevez le seuil ou désactivez-le.</translation>
    </message>
    <message>
        <source>No peak: the threshold %1 hides every peak (the highest score is %2). Lower the threshold or turn it off.</source>
        <translation>Aucun pic : le seuil %1 masque tous les pics (le score le plus haut est %2). Abaissez le seuil ou désactivez-le.</translation>
    </message>
    <message>
        <source>No peak found.</source>
        <translation>Aucun pic trouvé.</translation>
    </message>
    <message>
        <source>Response (%1)</source>
        <translation>Réponse (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Best match: your turn.&lt;/b&gt; Its place is shown once you answer the exercise, or ask for the answer.</source>
        <translation>&lt;b&gt;Meilleure correspondance : à vous.&lt;/b&gt; Sa position s&apos;affiche une fois l&apos;exercice résolu, ou la réponse demandée.</translation>
    </message>
</context>
<context>
    <name>convlab::Session</name>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Cannot open the image</source>
        <translation>Impossible d&apos;ouvrir l&apos;image</translation>
    </message>
    <message>
        <source>%1

The open work is unchanged.</source>
        <translation>%1

Le travail en cours est inchangé.</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>Impossible d&apos;ouvrir la leçon</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Impossible d&apos;enregistrer</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>The patch in %1 is %2×%3; a patch can be at most %4×%4.</source>
        <translation>Le patch de %1 fait %2×%3 ; un patch fait au plus %4×%4.</translation>
    </message>
    <message>
        <source>Load patch %1</source>
        <translation>Charger le patch %1</translation>
    </message>
    <message>
        <source>Cannot load the patch</source>
        <translation>Impossible de charger le patch</translation>
    </message>
    <message>
        <source>Cannot save the patch</source>
        <translation>Impossible d&apos;enregistrer le patch</translation>
    </message>
    <message>
        <source>Wrote input.npy and kernel.npy in %1</source>
        <translation>input.npy et kernel.npy écrits dans %1</translation>
    </message>
    <message>
        <source>Cannot save the arrays</source>
        <translation>Impossible d&apos;enregistrer les tableaux</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Le presse-papiers ne contient aucune image.</translation>
    </message>
    <message>
        <source>New blank image %1×%2</source>
        <translation>Nouvelle image vide %1×%2</translation>
    </message>
    <message>
        <source>Clear image</source>
        <translation>Effacer l&apos;image</translation>
    </message>
    <message>
        <source>Invert image</source>
        <translation>Inverser l&apos;image</translation>
    </message>
    <message>
        <source>Select a rectangle on the input first (Select tool, S).</source>
        <translation>Sélectionnez d&apos;abord un rectangle sur l&apos;entrée (outil Sélection, S).</translation>
    </message>
    <message>
        <source>Use as patch</source>
        <translation>Utiliser comme patch</translation>
    </message>
    <message>
        <source>The selection is %1×%2; a patch can be at most %3×%3.</source>
        <translation>La sélection fait %1×%2 ; un patch fait au plus %3×%3.</translation>
    </message>
    <message>
        <source>Use selection (row %1, col %2) as patch</source>
        <translation>Sélection (ligne %1, colonne %2) utilisée comme patch</translation>
    </message>
    <message>
        <source>Open sample %1</source>
        <translation>Ouvrir l&apos;exemple %1</translation>
    </message>
    <message>
        <source>Sample image</source>
        <translation>Image d&apos;exemple</translation>
    </message>
    <message>
        <source>Sample patch</source>
        <translation>Patch d&apos;exemple</translation>
    </message>
    <message>
        <source>A %1×%2 patch cannot be used on a %3×%4 image.</source>
        <translation>Un patch de %1×%2 ne peut pas servir sur une image de %3×%4.</translation>
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
        <translation>Pas à pas</translation>
    </message>
    <message>
        <source>Transposed</source>
        <translation>Transposée</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation>Damier</translation>
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
        <translation>sans remplissage</translation>
    </message>
    <message>
        <source>padding %1</source>
        <translation>remplissage %1</translation>
    </message>
    <message>
        <source>padding %1, %2, %3, %4 (top, bottom, left, right)</source>
        <translation>remplissage %1, %2, %3, %4 (haut, bas, gauche, droite)</translation>
    </message>
    <message>
        <source>input %1 · %2 (%3)</source>
        <translation>entrée %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>image %1 · %2 (%3)</source>
        <translation>image %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>input %1 · %2 (−∞: never the maximum)</source>
        <translation>entrée %1 · %2 (−∞ : jamais le maximum)</translation>
    </message>
    <message>
        <source>input %1 · %2 (zeros, counted in the mean)</source>
        <translation>entrée %1 · %2 (zéros, comptés dans la moyenne)</translation>
    </message>
    <message>
        <source>input %1 spread by the stride, with its border: %2×%3</source>
        <translation>entrée %1 écartée selon le pas, avec sa bordure : %2×%3</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>entrée %1</translation>
    </message>
    <message>
        <source>output %1×%2: the stamps add up</source>
        <translation>sortie %1×%2 : les empreintes s&apos;additionnent</translation>
    </message>
    <message>
        <source>output %1×%2</source>
        <translation>sortie %1×%2</translation>
    </message>
    <message>
        <source>Nothing to step through yet.</source>
        <translation>Rien à parcourir pas à pas pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Cannot step through this: %1</source>
        <translation>Impossible de parcourir ceci pas à pas : %1</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>border</source>
        <translation>bordure</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>remplissage</translation>
    </message>
    <message>
        <source>inserted zero</source>
        <translation>zéro inséré</translation>
    </message>
    <message>
        <source>window</source>
        <translation>fenêtre</translation>
    </message>
    <message>
        <source>flipped kernel</source>
        <translation>noyau retourné</translation>
    </message>
    <message>
        <source>patch</source>
        <translation>patch</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>noyau</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>never reached: the stride does not divide</source>
        <translation>jamais atteint : le pas ne tombe pas juste</translation>
    </message>
    <message>
        <source>cells too small for their value: darker is larger</source>
        <translation>cellules trop petites pour leur valeur : plus foncé = plus grand</translation>
    </message>
</context>
<context>
    <name>convlab::StepperControls</name>
    <message>
        <source>First step (Home)</source>
        <translation>Première étape (Début)</translation>
    </message>
    <message>
        <source>Step back (←)</source>
        <translation>Étape précédente (←)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Lecture (Espace)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Espace)</translation>
    </message>
    <message>
        <source>Step forward (→)</source>
        <translation>Étape suivante (→)</translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation>Dernière étape (Fin)</translation>
    </message>
    <message>
        <source>Drag to any step</source>
        <translation>Faire glisser jusqu&apos;à n&apos;importe quelle étape</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Steps per second while playing</source>
        <translation>Étapes par seconde pendant la lecture</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 étapes/s</translation>
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
        <translation>Opération</translation>
    </message>
    <message>
        <source>Cross-correlation (conv2d)</source>
        <translation>Corrélation croisée (conv2d)</translation>
    </message>
    <message>
        <source>True convolution</source>
        <translation>Vraie convolution</translation>
    </message>
    <message>
        <source>Template matching</source>
        <translation>Recherche de motif</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>Max pooling</translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation>Pooling moyen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Rows and columns of the example input</source>
        <translation>Lignes et colonnes de l&apos;entrée d&apos;exemple</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>Rows and columns of the kernel</source>
        <translation>Lignes et colonnes du noyau</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Stride s</source>
        <translation>Pas s</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <source>Padding p, on every side</source>
        <translation>Remplissage p, de chaque côté</translation>
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
        <translation>Dilatation</translation>
    </message>
    <message>
        <source>Dilation d: gaps of d−1 cells between kernel taps</source>
        <translation>Dilatation d : écarts de d−1 cellules entre les coefficients du noyau</translation>
    </message>
    <message>
        <source>New values</source>
        <translation>Nouvelles valeurs</translation>
    </message>
    <message>
        <source>Draw new small integers for the example&apos;s input and kernel</source>
        <translation>Tirer de nouveaux petits entiers pour l&apos;entrée et le noyau de l&apos;exemple</translation>
    </message>
    <message>
        <source>Follow the lesson</source>
        <translation>Suivre la leçon</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <source>Stepping through an example, not the lesson.</source>
        <translation>Pas à pas sur un exemple, pas sur la leçon.</translation>
    </message>
    <message>
        <source>Stepping through the lesson&apos;s image (%1×%2) and patch (%3×%4); the parameters set here are the lesson&apos;s.</source>
        <translation>Pas à pas sur l&apos;image (%1×%2) et le patch (%3×%4) de la leçon ; les paramètres réglés ici sont ceux de la leçon.</translation>
    </message>
    <message>
        <source>Stepping through a %1×%2 crop of the lesson&apos;s image, from (row %3, col %4), around the best match; padding applies at the crop&apos;s edges.</source>
        <translation>Pas à pas sur un recadrage %1×%2 de l&apos;image de la leçon, depuis (ligne %3, colonne %4), autour de la meilleure correspondance ; le remplissage s&apos;applique aux bords du recadrage.</translation>
    </message>
    <message>
        <source>Looking for the best match…</source>
        <translation>Recherche de la meilleure correspondance…</translation>
    </message>
    <message>
        <source>The lesson&apos;s image is %1×%2: too large to step through cell by cell (at most %3×%3). The example stays here.</source>
        <translation>L&apos;image de la leçon fait %1×%2 : trop grande pour un pas à pas cellule par cellule (au plus %3×%3). L&apos;exemple reste affiché.</translation>
    </message>
    <message>
        <source>Step through a %1×%2 crop around the best match</source>
        <translation>Pas à pas sur un recadrage %1×%2 autour de la meilleure correspondance</translation>
    </message>
</context>
<context>
    <name>convlab::ToolOptionsBar</name>
    <message>
        <source>Tool Options</source>
        <translation>Options de l&apos;outil</translation>
    </message>
    <message>
        <source> Size </source>
        <translation> Taille </translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush and outline width, in image pixels ([ and ])</source>
        <translation>Largeur du pinceau et des contours, en pixels de l&apos;image ([ et ])</translation>
    </message>
    <message>
        <source> Value </source>
        <translation> Valeur </translation>
    </message>
    <message>
        <source>The value the tools write into the pixels</source>
        <translation>La valeur que les outils écrivent dans les pixels</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Plein</translation>
    </message>
    <message>
        <source>Rectangles and ellipses filled rather than outlined</source>
        <translation>Rectangles et ellipses pleins plutôt que contours seuls</translation>
    </message>
    <message>
        <source> Text </source>
        <translation> Texte </translation>
    </message>
    <message>
        <source>What the text stamp writes</source>
        <translation>Ce que le tampon de texte écrit</translation>
    </message>
    <message>
        <source>Font of the text stamp</source>
        <translation>Police du tampon de texte</translation>
    </message>
    <message>
        <source>Height of the text stamp, in image pixels</source>
        <translation>Hauteur du tampon de texte, en pixels de l&apos;image</translation>
    </message>
</context>
<context>
    <name>convlab::TrainingCurves</name>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>perte d&apos;entraînement</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Exactitude (%)</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>held out</source>
        <translation>mis de côté</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
</context>
<context>
    <name>convlab::TrainingSession</name>
    <message>
        <source>The loss became infinite at epoch %1, batch %2: training stopped and kept the last good weights. Try a smaller learning rate.</source>
        <translation>La perte est devenue infinie à l&apos;époque %1, lot %2 : l&apos;entraînement s&apos;est arrêté et a gardé les derniers bons poids. Essayez un taux d&apos;apprentissage plus petit.</translation>
    </message>
    <message>
        <source>The loss became NaN (not a number) at epoch %1, batch %2: training stopped and kept the last good weights. Try a smaller learning rate.</source>
        <translation>La perte est devenue NaN (pas un nombre) à l&apos;époque %1, lot %2 : l&apos;entraînement s&apos;est arrêté et a gardé les derniers bons poids. Essayez un taux d&apos;apprentissage plus petit.</translation>
    </message>
    <message>
        <source>Cannot save the model %1</source>
        <translation>Impossible d&apos;enregistrer le modèle %1</translation>
    </message>
    <message>
        <source>Saved the model %1</source>
        <translation>Modèle %1 enregistré</translation>
    </message>
    <message>
        <source>Cannot open the model %1</source>
        <translation>Impossible d&apos;ouvrir le modèle %1</translation>
    </message>
    <message>
        <source>Opened the model %1</source>
        <translation>Modèle %1 ouvert</translation>
    </message>
    <message>
        <source>Own digit %1: %2</source>
        <translation>Votre chiffre %1 : %2</translation>
    </message>
    <message>
        <source>the network is training: pause or stop it first</source>
        <translation>le réseau s&apos;entraîne : mettez-le en pause ou arrêtez-le d&apos;abord</translation>
    </message>
</context>
<context>
    <name>convlab::TransposedCanvas</name>
    <message>
        <source>(a) the input, %1×%2</source>
        <translation>(a) l&apos;entrée, %1×%2</translation>
    </message>
    <message>
        <source>(c) a border of d(k−1) − p = %1 − %2 = %3 (+ a = %4 bottom and right): %5×%6</source>
        <translation>(c) une bordure de d(k−1) − p = %1 − %2 = %3 (+ a = %4 en bas et à droite) : %5×%6</translation>
    </message>
    <message>
        <source>(d) the flipped kernel slides with stride 1 over the %1×%2 grid</source>
        <translation>(d) le noyau retourné glisse avec un pas de 1 sur la grille %1×%2</translation>
    </message>
    <message>
        <source>(e) every window done</source>
        <translation>(e) toutes les fenêtres parcourues</translation>
    </message>
    <message numerus="yes">
        <source>(b) s − 1 = %n zero(s) between input cells: %1×%2</source>
        <translation>
            <numerusform>(b) s − 1 = %n zéro entre les cellules d&apos;entrée : %1×%2</numerusform>
            <numerusform>(b) s − 1 = %n zéros entre les cellules d&apos;entrée : %1×%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(c) d(k−1) − p = %1 − %2 = %3: a negative border crops %n cell(s) per side (+ a = %4 bottom and right): %5×%6</source>
        <translation>
            <numerusform>(c) d(k−1) − p = %1 − %2 = %3 : une bordure négative rogne %n cellule par côté (+ a = %4 en bas et à droite) : %5×%6</numerusform>
            <numerusform>(c) d(k−1) − p = %1 − %2 = %3 : une bordure négative rogne %n cellules par côté (+ a = %4 en bas et à droite) : %5×%6</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convlab::TransposedConvView</name>
    <message>
        <source>Rows and columns of the input i′</source>
        <translation>Lignes et colonnes de l&apos;entrée i′</translation>
    </message>
    <message>
        <source>Kernel size k</source>
        <translation>Taille du noyau k</translation>
    </message>
    <message>
        <source>Stride s</source>
        <translation>Pas s</translation>
    </message>
    <message>
        <source>Padding p of the matching convolution, on every side</source>
        <translation>Remplissage p de la convolution associée, de chaque côté</translation>
    </message>
    <message>
        <source>Output padding a, added at the bottom and right (a &lt; s or a &lt; d)</source>
        <translation>Remplissage de sortie a, ajouté en bas et à droite (a &lt; s ou a &lt; d)</translation>
    </message>
    <message>
        <source>Dilation d</source>
        <translation>Dilatation d</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <source>Output padding</source>
        <translation>Remplissage de sortie</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>Dilatation</translation>
    </message>
    <message>
        <source>New values</source>
        <translation>Nouvelles valeurs</translation>
    </message>
    <message>
        <source>Draw new small integers for the input and the kernel</source>
        <translation>Tirer de nouveaux petits entiers pour l&apos;entrée et le noyau</translation>
    </message>
    <message>
        <source>Zero insertion</source>
        <translation>Insertion de zéros</translation>
    </message>
    <message>
        <source>Insert s−1 zeros, add a border, slide the flipped kernel</source>
        <translation>Insérer s−1 zéros, ajouter une bordure, faire glisser le noyau retourné</translation>
    </message>
    <message>
        <source>Scatter</source>
        <translation>Dispersion</translation>
    </message>
    <message>
        <source>Each input cell stamps value × kernel on the output</source>
        <translation>Chaque cellule d&apos;entrée dépose valeur × noyau sur la sortie</translation>
    </message>
    <message>
        <source>(a) input</source>
        <translation>(a) entrée</translation>
    </message>
    <message>
        <source>(b) insert zeros</source>
        <translation>(b) insérer des zéros</translation>
    </message>
    <message>
        <source>(c) border</source>
        <translation>(c) bordure</translation>
    </message>
    <message>
        <source>(d) slide the flipped kernel</source>
        <translation>(d) glisser le noyau retourné</translation>
    </message>
    <message>
        <source>(e) output</source>
        <translation>(e) sortie</translation>
    </message>
    <message>
        <source>Play the stages</source>
        <translation>Jouer les étapes</translation>
    </message>
    <message>
        <source>(a) to (e) in turn (Space)</source>
        <translation>(a) à (e) l&apos;une après l&apos;autre (Espace)</translation>
    </message>
    <message>
        <source>Zero insertion, scatter and Wᵀy end on exactly the same %1 output.</source>
        <translation>Insertion de zéros, dispersion et Wᵀy aboutissent exactement à la même sortie %1.</translation>
    </message>
    <message>
        <source>Zero insertion, scatter and Wᵀy end on the same %1 output, up to float32 round-off (largest difference %2).</source>
        <translation>Insertion de zéros, dispersion et Wᵀy aboutissent à la même sortie %1, aux arrondis float32 près (plus grand écart %2).</translation>
    </message>
    <message>
        <source>A convolution with k = %1, s = %2, p = %3%4 gives %5 cells only from an input of %6: with stride 1 there is nothing for the output padding to choose.</source>
        <translation>Une convolution avec k = %1, s = %2, p = %3%4 ne donne %5 cellules qu&apos;à partir d&apos;une entrée de %6 : avec un pas de 1, le remplissage de sortie n&apos;a rien à choisir.</translation>
    </message>
    <message>
        <source>A convolution with k = %1, s = %2, p = %3%4 gives %5 cells from inputs of %6: the output padding a chooses which size comes back.</source>
        <translation>Une convolution avec k = %1, s = %2, p = %3%4 donne %5 cellules à partir d&apos;entrées de %6 : le remplissage de sortie (a) choisit la taille qui revient.</translation>
    </message>
    <message>
        <source>a = %1 → %2</source>
        <translation>a = %1 → %2</translation>
    </message>
    <message>
        <source>(a)–(c) build the grid the flipped kernel slides over; from (d) on, each window&apos;s products are written out here.</source>
        <translation>(a)–(c) construisent la grille sur laquelle glisse le noyau retourné ; à partir de (d), les produits de chaque fenêtre s&apos;écrivent ici.</translation>
    </message>
</context>
<context>
    <name>convlab::WindowActions</name>
    <message>
        <source>&amp;New Blank Image…</source>
        <translation>&amp;Nouvelle image vide…</translation>
    </message>
    <message>
        <source>Replace the input by a blank image</source>
        <translation>Remplacer l&apos;entrée par une image vide</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a lesson (.convlab), an image, .npy or .txt</source>
        <translation>Ouvrir une leçon (.convlab), une image, un .npy ou un .txt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Copy as &amp;Code</source>
        <translation>Copier comme &amp;code</translation>
    </message>
    <message>
        <source>Copy the Python lines that compute what is on screen</source>
        <translation>Copier les lignes Python qui calculent ce qui est à l&apos;écran</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>Co&amp;ller une image</translation>
    </message>
    <message>
        <source>Use the image on the clipboard as input</source>
        <translation>Utiliser l&apos;image du presse-papiers comme entrée</translation>
    </message>
    <message>
        <source>&amp;Use Selection as Patch</source>
        <translation>&amp;Utiliser la sélection comme patch</translation>
    </message>
    <message>
        <source>Cut the selected rectangle of the input into the patch</source>
        <translation>Découper le rectangle sélectionné de l&apos;entrée pour en faire le patch</translation>
    </message>
    <message>
        <source>C&amp;lear Image</source>
        <translation>&amp;Effacer l&apos;image</translation>
    </message>
    <message>
        <source>Set every pixel to 0</source>
        <translation>Mettre chaque pixel à 0</translation>
    </message>
    <message>
        <source>&amp;Invert Image</source>
        <translation>&amp;Inverser l&apos;image</translation>
    </message>
    <message>
        <source>Dark becomes light</source>
        <translation>Le sombre devient clair</translation>
    </message>
    <message>
        <source>&amp;Load Patch…</source>
        <translation>&amp;Charger un patch…</translation>
    </message>
    <message>
        <source>Sa&amp;ve Patch…</source>
        <translation>Enre&amp;gistrer le patch…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Actual Pixels (1:1)</source>
        <translation>&amp;Taille réelle (1:1)</translation>
    </message>
    <message>
        <source>&amp;Overlay Response on Input</source>
        <translation>&amp;Superposer la réponse à l&apos;entrée</translation>
    </message>
    <message>
        <source>&amp;Raw and Normalised Side by Side</source>
        <translation>Brute et normalisée &amp;côte à côte</translation>
    </message>
    <message>
        <source>&amp;Viridis</source>
        <translation>&amp;Viridis</translation>
    </message>
    <message>
        <source>&amp;Gray</source>
        <translation>&amp;Gris</translation>
    </message>
    <message>
        <source>&amp;Magma</source>
        <translation>&amp;Magma</translation>
    </message>
    <message>
        <source>&amp;Diverging (0 = white)</source>
        <translation>&amp;Divergente (0 = blanc)</translation>
    </message>
    <message>
        <source>&amp;Figure: Input | Patch | Response…</source>
        <translation>&amp;Figure : entrée | patch | réponse…</translation>
    </message>
    <message>
        <source>&amp;Input View…</source>
        <translation>Vue de l&apos;&amp;entrée…</translation>
    </message>
    <message>
        <source>&amp;Patch View…</source>
        <translation>Vue du &amp;patch…</translation>
    </message>
    <message>
        <source>&amp;Response View…</source>
        <translation>Vue de la &amp;réponse…</translation>
    </message>
    <message>
        <source>&amp;Copy Figure to Clipboard</source>
        <translation>&amp;Copier la figure dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Animation (GIF, MP4, PNG Sequence)…</source>
        <translation>&amp;Animation (GIF, MP4, suite de PNG)…</translation>
    </message>
    <message>
        <source>&amp;Select (rubber band, type a value)</source>
        <translation>&amp;Sélection (rectangle, saisie d&apos;une valeur)</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation>&amp;Pinceau</translation>
    </message>
    <message>
        <source>&amp;Eraser (paints 0)</source>
        <translation>&amp;Gomme (peint 0)</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Ligne</translation>
    </message>
    <message>
        <source>&amp;Rectangle</source>
        <translation>&amp;Rectangle</translation>
    </message>
    <message>
        <source>Elli&amp;pse</source>
        <translation>&amp;Ellipse</translation>
    </message>
    <message>
        <source>&amp;Text Stamp</source>
        <translation>&amp;Tampon de texte</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>Re&amp;mplir</translation>
    </message>
    <message>
        <source>Smaller Brush</source>
        <translation>Pinceau plus petit</translation>
    </message>
    <message>
        <source>Larger Brush</source>
        <translation>Pinceau plus grand</translation>
    </message>
    <message>
        <source>Step &amp;Through</source>
        <translation>Parc&amp;ours pas à pas</translation>
    </message>
    <message>
        <source>Step through stride and padding, transposed convolution and its matrices, then back to the views</source>
        <translation>Parcourir pas à pas le pas et le remplissage, la convolution transposée et ses matrices, puis revenir aux vues</translation>
    </message>
    <message>
        <source>Back to the Views</source>
        <translation>Retour aux vues</translation>
    </message>
    <message>
        <source>Back to the image, patch and response (%1)</source>
        <translation>Retour à l&apos;image, au patch et à la réponse (%1)</translation>
    </message>
    <message>
        <source>&amp;Stepper: Stride and Padding</source>
        <translation>Pas à pas : pas et &amp;remplissage</translation>
    </message>
    <message>
        <source>&amp;Transposed Convolution</source>
        <translation>Convolution &amp;transposée</translation>
    </message>
    <message>
        <source>&amp;Convolution Matrix</source>
        <translation>&amp;Matrice de convolution</translation>
    </message>
    <message>
        <source>&amp;About ConvLab</source>
        <translation>À &amp;propos de ConvLab</translation>
    </message>
    <message>
        <source>Presentation &amp;Mode</source>
        <translation>&amp;Mode présentation</translation>
    </message>
    <message>
        <source>Full screen, large and high-contrast, only the views the lesson step needs; Space and arrows walk the steps, Esc leaves</source>
        <translation>Plein écran, en grand et très contrasté, avec seulement les vues dont l&apos;étape de la leçon a besoin ; Espace et les flèches parcourent les étapes, Échap quitte</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>C&amp;heckerboard Artefacts</source>
        <translation>&amp;Damier (artefacts)</translation>
    </message>
    <message>
        <source>&amp;Notebook (Jupyter) of the Lesson…</source>
        <translation>&amp;Notebook (Jupyter) de la leçon…</translation>
    </message>
    <message>
        <source>Train a small CNN on handwritten digits, watch its filters learn, look inside</source>
        <translation>Entraîner un petit CNN sur des chiffres manuscrits, regarder ses filtres apprendre, regarder à l&apos;intérieur</translation>
    </message>
    <message>
        <source>L&amp;earned Filters</source>
        <translation>&amp;Filtres appris</translation>
    </message>
</context>
<context>
    <name>convlab::WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Sample</source>
        <translation>Ouvrir un e&amp;xemple</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>Ex&amp;porter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Colormap</source>
        <translation>&amp;Palette de couleurs</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Pa&amp;nneaux</translation>
    </message>
    <message>
        <source>Step Through Pa&amp;ge</source>
        <translation>Pag&amp;e du pas à pas</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
</context>
<context>
    <name>convlab::Workbench</name>
    <message>
        <source>No response</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Input, %1 × %2</source>
        <translation>Entrée, %1 × %2</translation>
    </message>
    <message>
        <source>Response in %L1 ms</source>
        <translation>Réponse en %L1 ms</translation>
    </message>
    <message>
        <source>Input (row %1, col %2) = %3</source>
        <translation>Entrée (ligne %1, colonne %2) = %3</translation>
    </message>
    <message>
        <source>Raw correlation</source>
        <translation>Corrélation brute</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>Normalisée</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>%1 (row %2, col %3) = %4</source>
        <translation>%1 (ligne %2, colonne %3) = %4</translation>
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
        <translation>%1 doit valoir au moins %3 (valeur donnée : %2)</translation>
    </message>
    <message>
        <source>%1: %2 is too large (at most %3)</source>
        <translation>%1 : %2 est trop grand (au plus %3)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an integer</source>
        <translation>%1 : « %2 » n&apos;est pas un entier</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not n or rows,cols</source>
        <translation>%1 : « %2 » n&apos;est ni n ni lignes,colonnes</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not n, rows,cols, top,bottom,left,right, valid, same or full</source>
        <translation>%1 : « %2 » n&apos;est ni n, ni lignes,colonnes, ni haut,bas,gauche,droite, ni valid, same ou full</translation>
    </message>
    <message>
        <source>padding</source>
        <comment>quantity named in a message, with its article</comment>
        <translation>le remplissage</translation>
    </message>
    <message>
        <source>%1 needs %2; %3 is missing</source>
        <translation>%1 attend %2 ; %3 manque</translation>
    </message>
    <message>
        <source>%1 takes %2; unexpected argument &apos;%3&apos;</source>
        <translation>%1 prend %2 ; argument inattendu « %3 »</translation>
    </message>
    <message>
        <source>convlab: error: %1</source>
        <translation>convlab : erreur : %1</translation>
    </message>
    <message>
        <source>Usage: convlab %1 %2
</source>
        <translation>Utilisation : convlab %1 %2
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>not enough memory for this computation</source>
        <translation>mémoire insuffisante pour ce calcul</translation>
    </message>
    <message>
        <source>Print a NumPy, PyTorch or OpenCV snippet that computes what conv, tconv, match or pool compute.</source>
        <translation>Afficher un extrait de code NumPy, PyTorch ou OpenCV qui calcule ce que calculent conv, tconv, match ou pool.</translation>
    </message>
    <message>
        <source>conv, tconv, match or pool; its files and options follow as for that command (see `convlab code conv --help`).</source>
        <translation>conv, tconv, match ou pool ; ses fichiers et options suivent comme pour cette commande (voir `convlab code conv --help`).</translation>
    </message>
    <message>
        <source>numpy (default), pytorch or opencv.</source>
        <translation>numpy (par défaut), pytorch ou opencv.</translation>
    </message>
    <message>
        <source>As for %1.</source>
        <translation>Comme pour %1.</translation>
    </message>
    <message>
        <source>Accepted and not used, so that a %1 command line can follow `convlab code` as it is.</source>
        <translation>Accepté et ignoré, pour qu&apos;une ligne de commande %1 puisse suivre `convlab code` telle quelle.</translation>
    </message>
    <message>
        <source>code needs an operation first: conv, tconv, match or pool (e.g. `convlab code conv INPUT KERNEL --stride 2 --lang pytorch`)</source>
        <translation>code attend d&apos;abord une opération : conv, tconv, match ou pool (par exemple `convlab code conv INPUT KERNEL --stride 2 --lang pytorch`)</translation>
    </message>
    <message>
        <source>Convolve INPUT with KERNEL as PyTorch&apos;s conv2d does (cross-correlation; --flip for true convolution).</source>
        <translation>Convoluer INPUT avec KERNEL comme le fait conv2d de PyTorch (corrélation croisée ; --flip pour la vraie convolution).</translation>
    </message>
    <message>
        <source>Image (read as grayscale, or as R,G,B channels for a k×k×C kernel), .npy or .txt matrix.</source>
        <translation>Image (lue en niveaux de gris, ou en canaux R,G,B pour un noyau k×k×C), matrice .npy ou .txt.</translation>
    </message>
    <message>
        <source>.npy (2-D, or k×k×C: one filter over C channels), .txt matrix or image.</source>
        <translation>.npy (2-D, ou k×k×C : un filtre sur C canaux), matrice .txt ou image.</translation>
    </message>
    <message>
        <source>Output: .npy, .txt, .csv, or .png (min–max normalised).</source>
        <translation>Sortie : .npy, .txt, .csv ou .png (normalisée min–max).</translation>
    </message>
    <message>
        <source>rows %1–%2, cols %3–%4</source>
        <translation>lignes %1–%2, colonnes %3–%4</translation>
    </message>
    <message>
        <source>no match: all %1 scores are undefined (0/0: the patch is flat, or every window is)</source>
        <translation>aucune correspondance : les %1 scores sont tous indéfinis (0/0 : le patch est uniforme, ou toutes les fenêtres le sont)</translation>
    </message>
    <message>
        <source>best match at (row %1, col %2), score %3</source>
        <translation>meilleure correspondance en (ligne %1, colonne %2), score %3</translation>
    </message>
    <message>
        <source>patch %1×%2 at %3 of the image</source>
        <translation>patch %1×%2 aux %3 de l&apos;image</translation>
    </message>
    <message>
        <source>peak %1 at (row %2, col %3), score %4: %5</source>
        <translation>pic %1 en (ligne %2, colonne %3), score %4 : %5</translation>
    </message>
    <message>
        <source>%1 of %2 scores are undefined (0/0: a flat window or patch) and are not peaks</source>
        <translation>%1 scores sur %2 sont indéfinis (0/0 : fenêtre ou patch uniforme) et ne sont pas des pics</translation>
    </message>
    <message>
        <source>Find PATCH in IMAGE (OpenCV&apos;s matchTemplate): the best peaks as (row, col), numpy&apos;s convention.</source>
        <translation>Trouver PATCH dans IMAGE (matchTemplate d&apos;OpenCV) : les meilleurs pics en (ligne, colonne), selon la convention de numpy.</translation>
    </message>
    <message>
        <source>Image (grayscale), .npy or .txt matrix.</source>
        <translation>Image (niveaux de gris), matrice .npy ou .txt.</translation>
    </message>
    <message>
        <source>The pattern to find: image, .npy or .txt.</source>
        <translation>Le motif à trouver : image, .npy ou .txt.</translation>
    </message>
    <message>
        <source>Also write the response map: .npy, .txt, .csv, or .png (min–max normalised).</source>
        <translation>Écrire aussi la carte de réponse : .npy, .txt, .csv ou .png (normalisée min–max).</translation>
    </message>
    <message>
        <source>Stride: n or rows,cols (default %1).</source>
        <translation>Pas : n ou lignes,colonnes (par défaut %1).</translation>
    </message>
    <message>
        <source>Padding: n, rows,cols, top,bottom,left,right, or valid, same, full (default 0).</source>
        <translation>Remplissage : n, lignes,colonnes, haut,bas,gauche,droite, ou valid, same, full (par défaut 0).</translation>
    </message>
    <message>
        <source>Dilation: n or rows,cols (default 1).</source>
        <translation>Dilatation : n ou lignes,colonnes (par défaut 1).</translation>
    </message>
    <message>
        <source>What the padding holds: zeros, reflect, replicate or circular (PyTorch&apos;s names; default zeros).</source>
        <translation>Contenu du remplissage : zeros, reflect, replicate ou circular (noms de PyTorch ; par défaut zeros).</translation>
    </message>
    <message>
        <source>True convolution: flip the kernel 180° (the default is cross-correlation, as in PyTorch).</source>
        <translation>Vraie convolution : retourner le noyau de 180° (par défaut, corrélation croisée, comme dans PyTorch).</translation>
    </message>
    <message>
        <source>stride</source>
        <comment>quantity named in a message, with its article</comment>
        <translation>le pas</translation>
    </message>
    <message>
        <source>dilation</source>
        <comment>quantity named in a message, with its article</comment>
        <translation>la dilatation</translation>
    </message>
    <message>
        <source>Output padding a, added bottom/right: n or rows,cols, below the stride or the dilation (default 0).</source>
        <translation>Remplissage de sortie a, ajouté en bas et à droite : n ou lignes,colonnes, inférieur au pas ou à la dilatation (par défaut 0).</translation>
    </message>
    <message>
        <source>output padding</source>
        <comment>quantity named in a message, with its article</comment>
        <translation>le remplissage de sortie</translation>
    </message>
    <message>
        <source>OpenCV&apos;s method: sqdiff, sqdiff_normed, ccorr, ccorr_normed, ccoeff, ccoeff_normed (default).</source>
        <translation>Méthode d&apos;OpenCV : sqdiff, sqdiff_normed, ccorr, ccorr_normed, ccoeff, ccoeff_normed (par défaut).</translation>
    </message>
    <message>
        <source>Report the K best peaks (default 1).</source>
        <translation>Donner les K meilleurs pics (par défaut 1).</translation>
    </message>
    <message>
        <source>Peaks closer than N cells to a better one are dropped (default 0).</source>
        <translation>Les pics à moins de N cellules d&apos;un meilleur pic sont écartés (par défaut 0).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>top-k</source>
        <comment>quantity named in a message, with its article</comment>
        <translation>le nombre de pics (top-k)</translation>
    </message>
    <message>
        <source>minimum distance</source>
        <comment>quantity named in a message, with its article</comment>
        <translation>la distance minimale</translation>
    </message>
    <message>
        <source>Window size: n or rows,cols (required).</source>
        <translation>Taille de la fenêtre : n ou lignes,colonnes (obligatoire).</translation>
    </message>
    <message>
        <source>the size</source>
        <translation>la taille</translation>
    </message>
    <message>
        <source>max or avg (default max).</source>
        <translation>max ou avg (par défaut max).</translation>
    </message>
    <message>
        <source>pool needs --size K (the window: n or rows,cols)</source>
        <translation>pool attend --size K (la fenêtre : n ou lignes,colonnes)</translation>
    </message>
    <message>
        <source>pool size</source>
        <comment>quantity named in a message, with its article</comment>
        <translation>la taille de pooling</translation>
    </message>
    <message>
        <source>wrote a %1 map to %2</source>
        <translation>carte %1 écrite dans %2</translation>
    </message>
    <message>
        <source>%1 needs -o OUT (the output file: .npy, .txt, .csv or .png)</source>
        <translation>%1 attend -o OUT (le fichier de sortie : .npy, .txt, .csv ou .png)</translation>
    </message>
    <message>
        <source>the output would be %1 cells, more than ConvLab&apos;s limit of %2 million</source>
        <translation>la sortie ferait %1 cellules, plus que la limite de ConvLab de %2 millions</translation>
    </message>
    <message>
        <source>Max or average pooling of INPUT, as PyTorch&apos;s max_pool2d and avg_pool2d.</source>
        <translation>Pooling max ou moyen de INPUT, comme max_pool2d et avg_pool2d de PyTorch.</translation>
    </message>
    <message>
        <source>shape needs --input H[,W]</source>
        <translation>shape attend --input H[,W]</translation>
    </message>
    <message>
        <source>shape needs --kernel K[,KW]</source>
        <translation>shape attend --kernel K[,KW]</translation>
    </message>
    <message>
        <source>--output-padding applies to a transposed convolution: add --transposed</source>
        <translation>--output-padding s&apos;applique à une convolution transposée : ajoutez --transposed</translation>
    </message>
    <message>
        <source>input size</source>
        <comment>quantity named in a message, with its article</comment>
        <translation>la taille d&apos;entrée</translation>
    </message>
    <message>
        <source>kernel size</source>
        <comment>quantity named in a message, with its article</comment>
        <translation>la taille du noyau</translation>
    </message>
    <message>
        <source>Output size of a convolution (or, with --transposed, a transposed convolution), with the formula.</source>
        <translation>Taille de sortie d&apos;une convolution (ou, avec --transposed, d&apos;une convolution transposée), avec la formule.</translation>
    </message>
    <message>
        <source>Input size: H, or H,W (required).</source>
        <translation>Taille d&apos;entrée : H, ou H,W (obligatoire).</translation>
    </message>
    <message>
        <source>Kernel size: K, or K,KW (required).</source>
        <translation>Taille du noyau : K, ou K,KW (obligatoire).</translation>
    </message>
    <message>
        <source>Stride: n or rows,cols (default 1).</source>
        <translation>Pas : n ou lignes,colonnes (par défaut 1).</translation>
    </message>
    <message>
        <source>Transposed convolution (PyTorch&apos;s conv_transpose2d).</source>
        <translation>Convolution transposée (conv_transpose2d de PyTorch).</translation>
    </message>
    <message>
        <source>Output padding a, with --transposed: n or rows,cols (default 0).</source>
        <translation>Remplissage de sortie a, avec --transposed : n ou lignes,colonnes (par défaut 0).</translation>
    </message>
    <message>
        <source>Print {&quot;output&quot;: [rows, cols], &quot;formula&quot;: …} as JSON.</source>
        <translation>Afficher {&quot;output&quot;: [lignes, colonnes], &quot;formula&quot;: …} en JSON.</translation>
    </message>
    <message>
        <source>rows: %1</source>
        <translation>lignes : %1</translation>
    </message>
    <message>
        <source>cols: %1</source>
        <translation>colonnes : %1</translation>
    </message>
    <message>
        <source>Transposed convolution of INPUT with KERNEL, as PyTorch&apos;s conv_transpose2d.</source>
        <translation>Convolution transposée de INPUT par KERNEL, comme conv_transpose2d de PyTorch.</translation>
    </message>
    <message>
        <source>.npy or .txt matrix, or image.</source>
        <translation>Matrice .npy ou .txt, ou image.</translation>
    </message>
    <message>
        <source>--lang needs a language: fr or en</source>
        <translation>--lang attend une langue : fr ou en</translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not a language of ConvLab (fr or en)</source>
        <translation>--lang : « %1 » n&apos;est pas une langue de ConvLab (fr ou en)</translation>
    </message>
    <message>
        <source>%1 (see convlab --help)</source>
        <translation>%1 (voir convlab --help)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see convlab --help)</source>
        <translation>argument inattendu « %1 » (voir convlab --help)</translation>
    </message>
    <message>
        <source>ConvLab cannot open its window: this machine has no display (neither DISPLAY nor WAYLAND_DISPLAY is set).
The headless commands work without one, for example:
  %1 shape --input 7 --kernel 3 --stride 2
  %1 conv image.png kernel.txt -o response.png --padding same
  %1 match image.png patch.png --top 3 --json
See %1 --help for every command. To see the window without a screen: xvfb-run -a %1
</source>
        <translation>ConvLab ne peut pas ouvrir sa fenêtre : cette machine n&apos;a pas d&apos;affichage (ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini).
Les commandes sans fenêtre fonctionnent sans, par exemple :
  %1 shape --input 7 --kernel 3 --stride 2
  %1 conv image.png noyau.txt -o reponse.png --padding same
  %1 match image.png patch.png --top 3 --json
Voir %1 --help pour toutes les commandes. Pour voir la fenêtre sans écran : xvfb-run -a %1
</translation>
    </message>
    <message>
        <source>Animate a lesson to a GIF, an MP4 or a folder of PNG frames.</source>
        <translation>Animer une leçon en GIF, en MP4 ou en dossier d&apos;images PNG.</translation>
    </message>
    <message>
        <source>Output: .gif, .mp4, or any other name for a folder of PNG frames (frame_0000.png…).</source>
        <translation>Sortie : .gif, .mp4, ou tout autre nom pour un dossier d&apos;images PNG (frame_0000.png…).</translation>
    </message>
    <message>
        <source>For --view stepper or transposed: animate them at the lesson&apos;s step N, counted from 1 (default: the state the file opens on). Any other view animates the lesson&apos;s steps, one frame each.</source>
        <translation>Pour --view stepper ou transposed : les animer à l&apos;étape N de la leçon, comptée à partir de 1 (par défaut : l&apos;état à l&apos;ouverture du fichier). Toute autre vue anime les étapes de la leçon, une image chacune.</translation>
    </message>
    <message>
        <source>--step %1: the frames of --view %2 are the lesson&apos;s steps; --step chooses the state of stepper and transposed only</source>
        <translation>--step %1 : les images de --view %2 sont les étapes de la leçon ; --step ne choisit l&apos;état que de stepper et transposed</translation>
    </message>
    <message>
        <source>--view %1: this state has nothing to step through</source>
        <translation>--view %1 : cet état n&apos;a rien à parcourir pas à pas</translation>
    </message>
    <message>
        <source>wrote %1 (%2, %3 frames)</source>
        <translation>%1 écrit (%2, %3 images)</translation>
    </message>
    <message>
        <source>Every case of Dumoulin &amp; Visin&apos;s convolution arithmetic guide, conv and transposed, as GIFs in a folder.</source>
        <translation>Tous les cas du guide d&apos;arithmétique des convolutions de Dumoulin et Visin, convolution et transposée, en GIF dans un dossier.</translation>
    </message>
    <message>
        <source>All 8 cases and their transposed counterparts: CASE.gif and CASE_transposed.gif (required).</source>
        <translation>Les 8 cas et leurs transposées : CAS.gif et CAS_transposed.gif (obligatoire).</translation>
    </message>
    <message>
        <source>The folder to write, new or holding only GIFs of an earlier run (replaced as a whole).</source>
        <translation>Le dossier à écrire, nouveau ou ne contenant que les GIF d&apos;une exécution précédente (remplacé en entier).</translation>
    </message>
    <message>
        <source>arithmetic needs --all (every case of the guide)</source>
        <translation>arithmetic demande --all (tous les cas du guide)</translation>
    </message>
    <message>
        <source>wrote %1 GIFs in %2</source>
        <translation>%1 GIF écrits dans %2</translation>
    </message>
    <message>
        <source>Draw a view of a lesson to PNG or SVG, as the window draws it.</source>
        <translation>Dessiner une vue d&apos;une leçon en PNG ou en SVG, comme la fenêtre la dessine.</translation>
    </message>
    <message>
        <source>Output: .png (at --scale) or .svg (vector).</source>
        <translation>Sortie : .png (à --scale) ou .svg (vectoriel).</translation>
    </message>
    <message>
        <source>For --view stepper or transposed: frame N of the animation, counted from 1, as `convlab animate` numbers them (default: the last, everything computed).</source>
        <translation>Pour --view stepper ou transposed : l&apos;image N de l&apos;animation, comptée à partir de 1, comme `convlab animate` les numérote (par défaut : la dernière, tout calculé).</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: render writes .png and .svg files</source>
        <translation>impossible d&apos;écrire « %1 » : render écrit des fichiers .png et .svg</translation>
    </message>
    <message>
        <source>--frame %1: only --view stepper and transposed are animations</source>
        <translation>--frame %1 : seules --view stepper et transposed sont des animations</translation>
    </message>
    <message>
        <source>--frame %1 is past the last frame, %2</source>
        <translation>--frame %1 dépasse la dernière image, %2</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>wrote %1 (%2)</source>
        <translation>%1 écrit (%2)</translation>
    </message>
    <message>
        <source>What to draw: %1 (default: %2).</source>
        <translation>Ce qui est dessiné : %1 (par défaut : %2).</translation>
    </message>
    <message>
        <source>The lesson&apos;s step N, counted from 1, as the Lesson panel loads it after steps 1 to N (default: the state the file opens on).</source>
        <translation>L&apos;étape N de la leçon, comptée à partir de 1, telle que le panneau Leçon la charge après les étapes 1 à N (par défaut : l&apos;état à l&apos;ouverture du fichier).</translation>
    </message>
    <message>
        <source>Device pixels per logical pixel, above 0 and at most %1: 2 for slides, 4 for print (default: 1).</source>
        <translation>Pixels de l&apos;appareil par pixel logique, au-dessus de 0 et au plus %1 : 2 pour des diapositives, 4 pour l&apos;impression (par défaut : 1).</translation>
    </message>
    <message>
        <source>Frames per second, %1 to %2 (%3 for a GIF) (default: %4).</source>
        <translation>Images par seconde, de %1 à %2 (%3 pour un GIF) (par défaut : %4).</translation>
    </message>
    <message>
        <source>--view: unknown view &apos;%1&apos; (%2)</source>
        <translation>--view : vue inconnue « %1 » (%2)</translation>
    </message>
    <message>
        <source>--scale %1 must be a number above 0 and at most %2</source>
        <translation>--scale %1 doit être un nombre au-dessus de 0 et au plus %2</translation>
    </message>
    <message>
        <source>%1 needs -o OUT (%2)</source>
        <translation>%1 demande -o SORTIE (%2)</translation>
    </message>
    <message>
        <source>cannot open the lesson &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;ouvrir la leçon « %1 » : %2</translation>
    </message>
    <message>
        <source>--step %1: %2</source>
        <translation>--step %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1 : %2 %</translation>
    </message>
    <message>
        <source>a .gif, a .mp4 or a folder</source>
        <translation>un .gif, un .mp4 ou un dossier</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a .png or .svg file</source>
        <translation>un fichier .png ou .svg</translation>
    </message>
    <message>
        <source>--view stepper: the best match of &apos;%1&apos; was not found within %2 s</source>
        <translation>--view stepper : la meilleure correspondance de « %1 » n&apos;a pas été trouvée en %2 s</translation>
    </message>
    <message>
        <source>The window&apos;s look: %1 (default: light).</source>
        <translation>L&apos;apparence de la fenêtre : %1 (par défaut : light).</translation>
    </message>
    <message>
        <source>--theme: unknown theme &apos;%1&apos; (%2)</source>
        <translation>--theme : thème inconnu « %1 » (%2)</translation>
    </message>
    <message>
        <source>Usage: convlab [FILE]           open the ConvLab window (on FILE: a lesson, an image, .npy or .txt)
       convlab COMMAND [ARGS]   compute without a window:

</source>
        <translation>Utilisation : convlab [FICHIER]         ouvre la fenêtre de ConvLab (sur FICHIER : une leçon, une image, un .npy ou un .txt)
              convlab COMMANDE [ARGS]   calcule sans fenêtre :

</translation>
    </message>
    <message>
        <source>convlab: stopped by signal %1 (%2); nothing was written</source>
        <translation>convlab : arrêté par le signal %1 (%2) ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>PNG only: scale the picture so that its longer side is N pixels, 16 to %1 (for thumbnails; instead of --scale).</source>
        <translation>PNG seulement : mettre l&apos;image à l&apos;échelle pour que son plus grand côté fasse N pixels, de 16 à %1 (pour les vignettes ; à la place de --scale).</translation>
    </message>
    <message>
        <source>--size and --scale cannot be used together</source>
        <translation>--size et --scale ne peuvent pas être utilisés ensemble</translation>
    </message>
    <message>
        <source>--size applies to .png output only</source>
        <translation>--size ne s&apos;applique qu&apos;à une sortie .png</translation>
    </message>
    <message>
        <source>--size %1 is above %2</source>
        <translation>--size %1 dépasse %2</translation>
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
convlab COMMANDE --help montre les arguments d&apos;une commande. Exemples :
  convlab shape --input 7 --kernel 3 --stride 2
  convlab conv image.png noyau.txt -o reponse.png --padding same
  convlab match chiffres.png deux.png --top 5 --min-distance 10
  convlab render lecon.convlab -o figure.png --step 2 --scale 2
  convlab animate lecon.convlab -o pas-a-pas.gif --view stepper
  convlab arithmetic --all -o guide/
  convlab train --epochs 8 --seed 1 -o chiffres.pt
  convlab predict chiffres.pt sept.png --json

Options :
  -h, --help     Afficher cette aide.
  -v, --version  Afficher la version.
  --lang fr|en   Langue de la fenêtre, de l&apos;aide et des messages (par défaut : celle du système).
</translation>
    </message>
    <message>
        <source>The digit a trained model (convlab train) reads in an image, with the ten probabilities.</source>
        <translation>Le chiffre qu&apos;un modèle entraîné (convlab train) lit dans une image, avec les dix probabilités.</translation>
    </message>
    <message>
        <source>A model written by convlab train.</source>
        <translation>Un modèle écrit par convlab train.</translation>
    </message>
    <message>
        <source>One digit, read as grayscale: 20×20 as it is, any other size cropped to the ink, scaled and centred as the training digits are; dark ink on a light background is inverted first.</source>
        <translation>Un chiffre, lu en niveaux de gris : en 20×20 tel quel, à toute autre taille recadré sur l&apos;encre, mis à l&apos;échelle et centré comme les chiffres d&apos;entraînement ; une encre sombre sur fond clair est d&apos;abord inversée.</translation>
    </message>
    <message>
        <source>Print {&quot;digit&quot;: d, &quot;probabilities&quot;: [ten numbers]} as JSON.</source>
        <translation>Afficher {&quot;digit&quot;: d, &quot;probabilities&quot;: [dix nombres]} en JSON.</translation>
    </message>
    <message>
        <source>digit %1 (probability %2)</source>
        <translation>chiffre %1 (probabilité %2)</translation>
    </message>
    <message>
        <source>--lr: &apos;%1&apos; is not a positive number</source>
        <translation>--lr : « %1 » n&apos;est pas un nombre positif</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation>impossible d&apos;écrire %1 : c&apos;est un dossier</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>impossible d&apos;écrire %1 : le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>train: epoch %1/%2, batch %3/%4, loss %5</source>
        <translation>train : époque %1/%2, lot %3/%4, perte %5</translation>
    </message>
    <message>
        <source>cannot read the digits %1: %2</source>
        <translation>impossible de lire les chiffres %1 : %2</translation>
    </message>
    <message>
        <source>Train the lecture&apos;s small CNN on 4,000 handwritten digits; write the model.</source>
        <translation>Entraîner le petit CNN du cours sur 4 000 chiffres manuscrits ; écrire le modèle.</translation>
    </message>
    <message>
        <source>The model file to write: architecture and weights, which Python&apos;s torch.jit.load reads too (required).</source>
        <translation>Le fichier du modèle à écrire : architecture et poids, que torch.jit.load de Python lit aussi (obligatoire).</translation>
    </message>
    <message>
        <source>Passes over the training digits (default %1).</source>
        <translation>Passages sur les chiffres d&apos;entraînement (%1 par défaut).</translation>
    </message>
    <message>
        <source>Seed of the initial weights and of the order of the digits (default %1): the same seed gives the same model.</source>
        <translation>Graine des poids initiaux et de l&apos;ordre des chiffres (%1 par défaut) : la même graine donne le même modèle.</translation>
    </message>
    <message>
        <source>Learning rate at the start, decayed to 0 along a cosine (default %1; SGD with momentum).</source>
        <translation>Taux d&apos;apprentissage au départ, réduit jusqu&apos;à 0 selon un cosinus (%1 par défaut ; SGD avec momentum).</translation>
    </message>
    <message>
        <source>Digits per batch (default %1).</source>
        <translation>Chiffres par lot (%1 par défaut).</translation>
    </message>
    <message>
        <source>Threads of libtorch (default %1: the same weights on every run).</source>
        <translation>Threads de libtorch (%1 par défaut : les mêmes poids à chaque exécution).</translation>
    </message>
    <message>
        <source>train needs -o MODEL (the model file to write)</source>
        <translation>train a besoin de -o MODELE (le fichier du modèle à écrire)</translation>
    </message>
    <message>
        <source>epoch %1/%2: loss %3, train accuracy %4 %, held-out accuracy %5 % (%6 s)</source>
        <translation>époque %1/%2 : perte %3, exactitude à l&apos;entraînement %4 %, exactitude sur les chiffres mis de côté %5 % (%6 s)</translation>
    </message>
    <message>
        <source>wrote %1 (held-out accuracy %2 %, %3 s)</source>
        <translation>%1 écrit (exactitude sur les chiffres mis de côté %2 %, %3 s)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (conv, tconv, match, pool, shape, code, render, animate, arithmetic, train, predict or notebook; see convlab --help)</source>
        <translation>commande inconnue « %1 » (conv, tconv, match, pool, shape, code, render, animate, arithmetic, train, predict ou notebook ; voir convlab --help)</translation>
    </message>
    <message>
        <source>Write a lesson as a Jupyter notebook that checks its claims when run.</source>
        <translation>Écrire une leçon en notebook Jupyter qui vérifie ses affirmations quand on l&apos;exécute.</translation>
    </message>
    <message>
        <source>A .convlab lesson with steps (resources/lessons/).</source>
        <translation>Une leçon .convlab avec des étapes (resources/lessons/).</translation>
    </message>
    <message>
        <source>Output: a .ipynb notebook; the steps&apos; images and patches go beside it, as .npy files in OUT_files/. The texts are in the language of --lang.</source>
        <translation>Sortie : un notebook .ipynb ; les images et les patchs des étapes vont à côté, en fichiers .npy dans OUT_files/. Les textes sont dans la langue de --lang.</translation>
    </message>
    <message>
        <source>a .ipynb file</source>
        <translation>un fichier .ipynb</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: notebook writes .ipynb files</source>
        <translation>impossible d&apos;écrire « %1 » : notebook écrit des fichiers .ipynb</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no lesson steps: a notebook is written from a guided lesson</source>
        <translation>« %1 » n&apos;a pas d&apos;étapes de leçon : un notebook s&apos;écrit à partir d&apos;une leçon guidée</translation>
    </message>
    <message>
        <source>%1: %2 steps, with the images and patches in %3/
</source>
        <translation>%1 : %2 étapes, avec les images et les patchs dans %3/
</translation>
    </message>
    <message>
        <source>For --view featuremaps: the digit whose feature maps are drawn, an image prepared as convlab predict prepares it.</source>
        <translation>Pour --view featuremaps : le chiffre dont les cartes de caractéristiques sont dessinées, une image préparée comme la prépare convlab predict.</translation>
    </message>
    <message>
        <source>--view %1 draws a model, not a lesson: unexpected argument &apos;%2&apos;</source>
        <translation>--view %1 dessine un modèle, pas une leçon : argument inattendu « %2 »</translation>
    </message>
    <message>
        <source>--%1 applies to lessons, not to --view %2</source>
        <translation>--%1 s&apos;applique aux leçons, pas à --view %2</translation>
    </message>
    <message>
        <source>--view %1 needs a model: --model MODEL (written by convlab train -o)</source>
        <translation>--view %1 demande un modèle : --model MODÈLE (écrit par convlab train -o)</translation>
    </message>
    <message>
        <source>--view featuremaps needs a digit: --digit IMAGE</source>
        <translation>--view featuremaps demande un chiffre : --digit IMAGE</translation>
    </message>
    <message>
        <source>--digit applies to --view featuremaps only</source>
        <translation>--digit ne s&apos;applique qu&apos;à --view featuremaps</translation>
    </message>
    <message>
        <source>--held-out %1: there are %2 held-out digits</source>
        <translation>--held-out %1 : il y a %2 chiffres mis de côté</translation>
    </message>
    <message>
        <source>For --view filters, featuremaps, gradient and deconvnet: the model to draw, as convlab train -o or the window&apos;s Save Model… writes it (gradient and deconvnet without it: the network the window&apos;s Train button gives, seed 1).</source>
        <translation>Pour --view filters, featuremaps, gradient et deconvnet : le modèle à dessiner, tel que l&apos;écrivent convlab train -o ou « Enregistrer le modèle… » de la fenêtre (gradient et deconvnet sans lui : le réseau que donne le bouton Entraîner de la fenêtre, graine 1).</translation>
    </message>
    <message>
        <source>--held-out applies to --view gradient and deconvnet</source>
        <translation>--held-out s&apos;applique à --view gradient et deconvnet</translation>
    </message>
    <message>
        <source>--digit applies to --view featuremaps only; --held-out N picks a held-out digit</source>
        <translation>--digit ne s&apos;applique qu&apos;à --view featuremaps ; --held-out N choisit un chiffre mis de côté</translation>
    </message>
    <message>
        <source>--%1 applies to the views of the learned filters</source>
        <translation>--%1 s&apos;applique aux vues des filtres appris</translation>
    </message>
    <message>
        <source>A .convlab lesson (resources/lessons/); none for --view decoder.</source>
        <translation>Une leçon .convlab (resources/lessons/) ; aucune pour --view decoder.</translation>
    </message>
    <message>
        <source>--view decoder animates the decoders&apos; training, not a lesson: unexpected argument &apos;%1&apos;</source>
        <translation>--view decoder anime l&apos;entraînement des décodeurs, pas une leçon : argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--step applies to lessons, not to --view decoder</source>
        <translation>--step s&apos;applique aux leçons, pas à --view decoder</translation>
    </message>
    <message>
        <source>For --view gradient and deconvnet without a lesson: the held-out digit N, counted from 1, as the learned-filters page numbers them (default: 1; a lesson&apos;s step names its own).</source>
        <translation>Pour --view gradient et deconvnet sans leçon : le chiffre mis de côté N, compté à partir de 1, comme la page des filtres appris les numérote (par défaut : 1 ; l&apos;étape d&apos;une leçon nomme le sien).</translation>
    </message>
    <message>
        <source>A .convlab lesson (resources/lessons/); none for the views of the learned filters (filters, featuremaps, gradient, deconvnet, decoder), or one with --step N for gradient, deconvnet and decoder: the step&apos;s choices on View ▸ Learned Filters.</source>
        <translation>Une leçon .convlab (resources/lessons/) ; aucune pour les vues des filtres appris (filters, featuremaps, gradient, deconvnet, decoder), ou une avec --step N pour gradient, deconvnet et decoder : les choix de l&apos;étape dans Affichage ▸ Filtres appris.</translation>
    </message>
    <message>
        <source>--view %1 of a lesson draws a step that opens View ▸ Learned Filters: --step N</source>
        <translation>--view %1 d&apos;une leçon dessine une étape qui ouvre Affichage ▸ Filtres appris : --step N</translation>
    </message>
    <message>
        <source>--held-out: the lesson&apos;s step names its digit</source>
        <translation>--held-out : l&apos;étape de la leçon nomme son chiffre</translation>
    </message>
    <message>
        <source>--step %1: the step does not open the %2 tab of View ▸ Learned Filters, which --view %3 draws</source>
        <translation>--step %1 : l&apos;étape n&apos;ouvre pas l&apos;onglet %2 d&apos;Affichage ▸ Filtres appris, que dessine --view %3</translation>
    </message>
    <message>
        <source>Decoder: checkerboards</source>
        <translation>Décodeur : damiers</translation>
    </message>
    <message>
        <source>Back to pixels</source>
        <translation>Retour aux pixels</translation>
    </message>
    <message>
        <source>Also train on the digits a student drew and labelled in this .convlab document (the learned page&apos;s own digits); the held-out digits stay the same.</source>
        <translation>Entraîner aussi sur les chiffres qu&apos;un étudiant a dessinés et étiquetés dans ce document .convlab (ses chiffres de la page des filtres appris) ; les chiffres mis de côté restent les mêmes.</translation>
    </message>
    <message>
        <source>training on %1 digits: the sheet&apos;s %2 and %3 of your own from %4</source>
        <translation>entraînement sur %1 chiffres : les %2 de la planche et %3 à vous de %4</translation>
    </message>
</context>
<context>
    <name>convlab::core</name>
    <message>
        <source>input size</source>
        <comment>a quantity, subject of a message</comment>
        <translation>la taille d&apos;entrée</translation>
    </message>
    <message>
        <source>kernel size</source>
        <comment>a quantity, subject of a message</comment>
        <translation>la taille du noyau</translation>
    </message>
    <message>
        <source>stride</source>
        <comment>a quantity, subject of a message</comment>
        <translation>le pas</translation>
    </message>
    <message>
        <source>dilation</source>
        <comment>a quantity, subject of a message</comment>
        <translation>la dilatation</translation>
    </message>
    <message>
        <source>padding</source>
        <comment>a quantity, subject of a message</comment>
        <translation>le remplissage</translation>
    </message>
    <message>
        <source>output padding</source>
        <comment>a quantity, subject of a message</comment>
        <translation>le remplissage de sortie</translation>
    </message>
    <message>
        <source>the padded input</source>
        <comment>a quantity, subject of a message</comment>
        <translation>l&apos;entrée après remplissage</translation>
    </message>
    <message>
        <source>the transposed output</source>
        <comment>a quantity, subject of a message</comment>
        <translation>la sortie transposée</translation>
    </message>
    <message>
        <source>the convolution matrix</source>
        <comment>a quantity, subject of a message</comment>
        <translation>la matrice de convolution</translation>
    </message>
    <message>
        <source>scaling</source>
        <comment>an image operation, subject of a message</comment>
        <translation>la mise à l&apos;échelle</translation>
    </message>
    <message>
        <source>pooling</source>
        <comment>an operation, subject of a message</comment>
        <translation>le pooling</translation>
    </message>
    <message>
        <source>a convolution with a single-channel kernel</source>
        <comment>an operation, subject of a message</comment>
        <translation>une convolution par un noyau à un seul canal</translation>
    </message>
    <message>
        <source>the kernel %1 dilated by %2</source>
        <translation>le noyau %1 dilaté par %2</translation>
    </message>
    <message>
        <source>shear (%1, %2)</source>
        <translation>le cisaillement (%1, %2)</translation>
    </message>
    <message>
        <source>input</source>
        <comment>the data an operation reads, with its article</comment>
        <translation>l&apos;entrée</translation>
    </message>
    <message>
        <source>kernel</source>
        <comment>the data an operation reads, with its article</comment>
        <translation>le noyau</translation>
    </message>
    <message>
        <source>image</source>
        <comment>the data an operation reads, with its article</comment>
        <translation>l&apos;image</translation>
    </message>
    <message>
        <source>patch</source>
        <comment>the data an operation reads, with its article</comment>
        <translation>le patch</translation>
    </message>
    <message>
        <source>top</source>
        <comment>side of the padding: padding top 3</comment>
        <translation>en haut</translation>
    </message>
    <message>
        <source>bottom</source>
        <comment>side of the padding: padding bottom 3</comment>
        <translation>en bas</translation>
    </message>
    <message>
        <source>left</source>
        <comment>side of the padding: padding left 3</comment>
        <translation>à gauche</translation>
    </message>
    <message>
        <source>right</source>
        <comment>side of the padding: padding right 3</comment>
        <translation>à droite</translation>
    </message>
    <message>
        <source>height</source>
        <comment>the image height 5</comment>
        <translation>la hauteur</translation>
    </message>
    <message>
        <source>width</source>
        <comment>the image width 5</comment>
        <translation>la largeur</translation>
    </message>
    <message>
        <source>a NaN</source>
        <comment>the input has a NaN at (row 1, col 2)</comment>
        <translation>une valeur NaN</translation>
    </message>
    <message>
        <source>an infinite value</source>
        <comment>the input has an infinite value at (row 1, col 2)</comment>
        <translation>une valeur infinie</translation>
    </message>
    <message>
        <source>(row %1, col %2)</source>
        <translation>(ligne %1, colonne %2)</translation>
    </message>
    <message>
        <source>(row %1, col %2, channel %3)</source>
        <translation>(ligne %1, colonne %2, canal %3)</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 megapixels</source>
        <translation>%1 mégapixels</translation>
    </message>
    <message>
        <source>%1 gigapixels</source>
        <translation>%1 gigapixels</translation>
    </message>
    <message>
        <source>pad</source>
        <comment>image operation</comment>
        <translation>remplissage</translation>
    </message>
    <message>
        <source>scale</source>
        <comment>image operation</comment>
        <translation>mise à l&apos;échelle</translation>
    </message>
    <message>
        <source>shear</source>
        <comment>image operation</comment>
        <translation>cisaillement</translation>
    </message>
    <message>
        <source>crop</source>
        <comment>image operation</comment>
        <translation>recadrage</translation>
    </message>
    <message>
        <source>rotate</source>
        <comment>image operation</comment>
        <translation>rotation</translation>
    </message>
    <message>
        <source>flip</source>
        <comment>image operation</comment>
        <translation>retournement</translation>
    </message>
    <message>
        <source>scale factor fx</source>
        <comment>parameter of an image operation</comment>
        <translation>le facteur d&apos;échelle fx</translation>
    </message>
    <message>
        <source>scale factor fy</source>
        <comment>parameter of an image operation</comment>
        <translation>le facteur d&apos;échelle fy</translation>
    </message>
    <message>
        <source>shear shx</source>
        <comment>parameter of an image operation</comment>
        <translation>le cisaillement shx</translation>
    </message>
    <message>
        <source>shear shy</source>
        <comment>parameter of an image operation</comment>
        <translation>le cisaillement shy</translation>
    </message>
    <message>
        <source>rotation angle</source>
        <comment>parameter of an image operation</comment>
        <translation>l&apos;angle de rotation</translation>
    </message>
    <message>
        <source>an odd square size of at least 3x3</source>
        <comment>what a kernel preset needs</comment>
        <translation>une taille carrée impaire d&apos;au moins 3×3</translation>
    </message>
    <message>
        <source>an odd square size from 3x3 to 31x31</source>
        <comment>what a kernel preset needs</comment>
        <translation>une taille carrée impaire de 3×3 à 31×31</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <comment>reason given by the operating system</comment>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <comment>reason given by the operating system</comment>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <comment>reason given by the operating system</comment>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <comment>reason given by the operating system</comment>
        <translation>ce n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <comment>reason given by the operating system</comment>
        <translation>plus d&apos;espace disponible sur le périphérique</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <comment>reason given by the operating system</comment>
        <translation>système de fichiers en lecture seule</translation>
    </message>
    <message>
        <source>File name too long</source>
        <comment>reason given by the operating system</comment>
        <translation>nom de fichier trop long</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <comment>reason given by the operating system</comment>
        <translation>quota de disque dépassé</translation>
    </message>
    <message>
        <source>unexpected key &apos;%1&apos;</source>
        <translation>clé inattendue « %1 »</translation>
    </message>
    <message>
        <source>text after the closing brace</source>
        <comment>problem in a .npy header</comment>
        <translation>du texte après l&apos;accolade fermante</translation>
    </message>
    <message>
        <source>missing key &apos;%1&apos;</source>
        <translation>clé « %1 » absente</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos; at offset %2</source>
        <translation>« %1 » attendu à la position %2</translation>
    </message>
    <message>
        <source>expected a quoted string at offset %1</source>
        <translation>chaîne entre guillemets attendue à la position %1</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <comment>problem in a .npy header</comment>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <source>expected True or False at offset %1</source>
        <translation>True ou False attendu à la position %1</translation>
    </message>
    <message>
        <source>expected a dimension at offset %1</source>
        <translation>dimension attendue à la position %1</translation>
    </message>
    <message>
        <source>%1 (rows)</source>
        <translation>sur les lignes, %1</translation>
    </message>
    <message>
        <source>%1 (columns)</source>
        <translation>sur les colonnes, %1</translation>
    </message>
    <message>
        <source>%1 %2 must be at least 1</source>
        <translation>%1 doit valoir au moins 1 (valeur : %2)</translation>
    </message>
    <message>
        <source>%1 %2 must not be negative</source>
        <translation>%1 ne doit pas être négatif (valeur : %2)</translation>
    </message>
    <message>
        <source>%1 would be %2 cells, more than %3</source>
        <translation>%1 ferait %2 cellules, plus que %3</translation>
    </message>
    <message>
        <source>kernel %1 is larger than padded input %2</source>
        <translation>le noyau (taille %1) est plus grand que l&apos;entrée après remplissage (taille %2)</translation>
    </message>
    <message>
        <source>kernel %1 (dilated %2) is larger than padded input %3</source>
        <translation>le noyau (taille %1, %2 une fois dilaté) est plus grand que l&apos;entrée après remplissage (taille %3)</translation>
    </message>
    <message>
        <source>output padding %1 must be smaller than stride %2 or dilation %3</source>
        <translation>le remplissage de sortie %1 doit être inférieur au pas %2 ou à la dilatation %3</translation>
    </message>
    <message>
        <source>padding %1 + %2 crops the whole output: %3</source>
        <translation>le remplissage %1 + %2 rogne toute la sortie : %3</translation>
    </message>
    <message>
        <source>output cell %1 is out of range: the output has %2 cells (0 to %3)</source>
        <translation>la cellule de sortie %1 est hors limites : la sortie a %2 cellules (de 0 à %3)</translation>
    </message>
    <message>
        <source>input cell %1 is out of range: the input has %2 cells (0 to %3)</source>
        <translation>la cellule d&apos;entrée %1 est hors limites : l&apos;entrée a %2 cellules (de 0 à %3)</translation>
    </message>
    <message>
        <source>stride %1 is too large to list its %2 input sizes (at most %3)</source>
        <translation>le pas %1 est trop grand pour énumérer ses %2 tailles d&apos;entrée (au plus %3)</translation>
    </message>
    <message>
        <source>unknown padding preset %1</source>
        <translation>préréglage de remplissage inconnu %1</translation>
    </message>
    <message>
        <source>unknown padding mode %1</source>
        <translation>mode de remplissage inconnu %1</translation>
    </message>
    <message>
        <source>unknown padding mode &apos;%1&apos; (expected one of zeros, reflect, replicate, circular)</source>
        <translation>mode de remplissage inconnu « %1 » (valeurs possibles : zeros, reflect, replicate, circular)</translation>
    </message>
    <message>
        <source>%1 padding %2 %3 must be smaller than the image %4 %5</source>
        <translation>le remplissage %1 de %3 %2 doit être inférieur à %4 de l&apos;image (%5)</translation>
    </message>
    <message>
        <source>%1 padding %2 %3 must not exceed the image %4 %5</source>
        <translation>le remplissage %1 de %3 %2 ne doit pas dépasser %4 de l&apos;image (%5)</translation>
    </message>
    <message>
        <source>padding %1 %2 must not be negative</source>
        <translation>le remplissage %1 ne doit pas être négatif (valeur : %2)</translation>
    </message>
    <message>
        <source>cannot pad an empty image</source>
        <translation>impossible de remplir les bords d&apos;une image vide</translation>
    </message>
    <message>
        <source>cannot read padding of an empty axis (size %1)</source>
        <translation>impossible de lire le remplissage d&apos;un axe vide (taille %1)</translation>
    </message>
    <message>
        <source>padding %1 %2 must be at most half the pool size %3</source>
        <translation>le remplissage de %2 %1 doit valoir au plus la moitié de la taille de pooling %3</translation>
    </message>
    <message>
        <source>pool size %1 must be at least 1</source>
        <translation>la taille de pooling doit valoir au moins 1 (valeur : %1)</translation>
    </message>
    <message>
        <source>pool stride %1 must be at least 1</source>
        <translation>le pas du pooling doit valoir au moins 1 (valeur : %1)</translation>
    </message>
    <message>
        <source>pool size %1 is larger than padded input %2</source>
        <translation>la taille de pooling %1 est plus grande que l&apos;entrée après remplissage (%2)</translation>
    </message>
    <message>
        <source>pooling takes float32 data; the input is %1</source>
        <translation>le pooling prend des données float32 ; l&apos;entrée est en %1</translation>
    </message>
    <message>
        <source>unknown pool mode %1</source>
        <translation>mode de pooling inconnu %1</translation>
    </message>
    <message>
        <source>unknown pool mode &apos;%1&apos; (expected max or avg)</source>
        <translation>mode de pooling inconnu « %1 » (max ou avg attendu)</translation>
    </message>
    <message>
        <source>%1 has %2 at %3</source>
        <translation>%1 contient %2 en %3</translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation>l&apos;entrée est vide</translation>
    </message>
    <message>
        <source>the kernel is empty</source>
        <translation>le noyau est vide</translation>
    </message>
    <message>
        <source>convolution takes float32 data; the input is %1</source>
        <translation>la convolution prend des données float32 ; l&apos;entrée est en %1</translation>
    </message>
    <message>
        <source>convolution takes float32 data; the kernel is %1</source>
        <translation>la convolution prend des données float32 ; le noyau est en %1</translation>
    </message>
    <message>
        <source>the kernel has %1 channels but the input has %2; give it 1 or %3</source>
        <translation>le noyau a %1 canaux mais l&apos;entrée en a %2 ; donnez-lui 1 ou %3 canaux</translation>
    </message>
    <message>
        <source>transposed convolution: the %1 is empty</source>
        <translation>convolution transposée : %1 est vide</translation>
    </message>
    <message>
        <source>transposed convolution takes a single-channel float32 %1; it is %2</source>
        <translation>la convolution transposée attend pour %1 une matrice float32 à un seul canal ; elle reçoit %2</translation>
    </message>
    <message>
        <source>step %1 is out of range: there are %2 steps (0 to %3)</source>
        <translation>l&apos;étape %1 est hors limites : il y a %2 étapes (de 0 à %3)</translation>
    </message>
    <message>
        <source>%1 of a %2-channel input gives one map per channel; step one channel at a time</source>
        <translation>%1 d&apos;une entrée à %2 canaux donne une carte par canal ; parcourez un canal à la fois</translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>the %1 must be single-channel float32 (CV_32FC1); it is %2</source>
        <translation>%1 doit être en float32 à un seul canal (CV_32FC1) ; type reçu : %2</translation>
    </message>
    <message>
        <source>unknown match method %1</source>
        <translation>méthode de recherche de motif inconnue %1</translation>
    </message>
    <message>
        <source>patch %1x%2 is larger than image %3x%4 (rows x cols)</source>
        <translation>le patch %1×%2 est plus grand que l&apos;image %3×%4 (lignes × colonnes)</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1 has %2 channels; template matching needs a single channel</source>
        <translation>%1 a %2 canaux ; la recherche de motif n&apos;en accepte qu&apos;un</translation>
    </message>
    <message>
        <source>%1 is %2; template matching needs float32 (CV_32FC1)</source>
        <translation>%1 est en %2 ; la recherche de motif demande du float32 (CV_32FC1)</translation>
    </message>
    <message>
        <source>response map is %1; expected CV_32FC1</source>
        <translation>la carte de réponse est en %1 ; CV_32FC1 attendu</translation>
    </message>
    <message>
        <source>response map is %1; expected CV_32F</source>
        <translation>la carte de réponse est en %1 ; CV_32F attendu</translation>
    </message>
    <message>
        <source>patch size %1x%2 (rows x cols) must be at least 1x1</source>
        <translation>la taille du patch %1×%2 (lignes × colonnes) doit être au moins 1×1</translation>
    </message>
    <message>
        <source>top-k must be at least 1, got %1</source>
        <translation>le nombre de pics (top-k) doit valoir au moins 1 ; reçu %1</translation>
    </message>
    <message>
        <source>minimum distance must be 0 or more, got %1</source>
        <translation>la distance minimale doit valoir 0 ou plus ; reçu %1</translation>
    </message>
    <message>
        <source>threshold is NaN</source>
        <translation>le seuil est NaN</translation>
    </message>
    <message>
        <source>unknown method &apos;%1&apos; (expected one of %2)</source>
        <translation>méthode inconnue « %1 » (valeurs possibles : %2)</translation>
    </message>
    <message>
        <source>%1 would be %2×%3 (%4 entries), more than the 4096×4096 a teaching view can hold</source>
        <translation>%1 ferait %2×%3 (%4 coefficients), plus que les 4096×4096 qu&apos;une vue pédagogique peut contenir</translation>
    </message>
    <message>
        <source>the kernel %1×%2 is empty</source>
        <translation>le noyau %1×%2 est vide</translation>
    </message>
    <message>
        <source>%1 must have one channel; it has %2</source>
        <translation>%1 doit avoir un seul canal ; nombre de canaux : %2</translation>
    </message>
    <message>
        <source>the convolution matrix takes a single-channel float32 kernel; it is %1</source>
        <translation>la matrice de convolution attend un noyau float32 à un seul canal ; il est en %1</translation>
    </message>
    <message>
        <source>x has %1 entries but W has %2 columns</source>
        <translation>x a %1 valeurs mais W a %2 colonnes</translation>
    </message>
    <message>
        <source>%1: the image is empty</source>
        <translation>%1 : l&apos;image est vide</translation>
    </message>
    <message>
        <source>%1 = %2 is not a number</source>
        <translation>%1 = %2 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 would make an image %2 wide × %3 high, more than 50 megapixels</source>
        <translation>avec %1, l&apos;image ferait %2 de large × %3 de haut, plus de 50 mégapixels</translation>
    </message>
    <message>
        <source>padding (top %1, bottom %2, left %3, right %4) cannot be negative</source>
        <translation>le remplissage (haut %1, bas %2, gauche %3, droite %4) ne peut pas être négatif</translation>
    </message>
    <message>
        <source>scale factor fx = %1 must be greater than 0</source>
        <translation>le facteur d&apos;échelle fx = %1 doit être supérieur à 0</translation>
    </message>
    <message>
        <source>scale factor fy = %1 must be greater than 0</source>
        <translation>le facteur d&apos;échelle fy = %1 doit être supérieur à 0</translation>
    </message>
    <message>
        <source>scaling an image %1 wide × %2 high by (%3, %4) leaves %5 × %6 pixels</source>
        <translation>mettre à l&apos;échelle (%3, %4) une image de %1 de large × %2 de haut laisse %5 × %6 pixels</translation>
    </message>
    <message>
        <source>shear (%1, %2) flattens the image onto a line (1 - shx·shy = 0)</source>
        <translation>le cisaillement (%1, %2) écrase l&apos;image sur une droite (1 - shx·shy = 0)</translation>
    </message>
    <message>
        <source>crop rectangle %1 wide × %2 high is empty</source>
        <translation>le rectangle de recadrage de %1 de large × %2 de haut est vide</translation>
    </message>
    <message>
        <source>crop rectangle at (x %1, y %2), %3 wide × %4 high, does not fit in the image %5 wide × %6 high</source>
        <translation>le rectangle de recadrage en (x %1, y %2), de %3 de large × %4 de haut, ne tient pas dans l&apos;image de %5 de large × %6 de haut</translation>
    </message>
    <message>
        <source>correlation of an empty matrix (image %1x%2, kernel %3x%4)</source>
        <translation>corrélation d&apos;une matrice vide (image %1×%2, noyau %3×%4)</translation>
    </message>
    <message>
        <source>correlation takes single-channel float32 matrices; got %1 and %2</source>
        <translation>la corrélation prend des matrices float32 à un seul canal ; reçu %1 et %2</translation>
    </message>
    <message>
        <source>stride %1x%2 must be &gt;= 1</source>
        <translation>le pas %1×%2 doit être &gt;= 1</translation>
    </message>
    <message>
        <source>dilation %1x%2 must be &gt;= 1</source>
        <translation>la dilatation %1×%2 doit être &gt;= 1</translation>
    </message>
    <message>
        <source>kernel %1x%2 (dilated %3x%4) is larger than padded input %5x%6</source>
        <translation>le noyau %1×%2 (%3×%4 une fois dilaté) est plus grand que l&apos;entrée après remplissage %5×%6</translation>
    </message>
    <message>
        <source>the separable engine needs a rank-1 kernel; this %1x%2 kernel is not</source>
        <translation>le moteur séparable demande un noyau de rang 1 ; ce noyau %1×%2 ne l&apos;est pas</translation>
    </message>
    <message>
        <source>transposed correlation of an empty matrix</source>
        <translation>corrélation transposée d&apos;une matrice vide</translation>
    </message>
    <message>
        <source>transposed correlation takes single-channel float32 matrices; got %1 and %2</source>
        <translation>la corrélation transposée prend des matrices float32 à un seul canal ; reçu %1 et %2</translation>
    </message>
    <message>
        <source>padding must be &gt;= 0</source>
        <translation>le remplissage doit être &gt;= 0</translation>
    </message>
    <message>
        <source>output padding %1x%2 must be smaller than the stride or the dilation</source>
        <translation>le remplissage de sortie %1×%2 doit être inférieur au pas ou à la dilatation</translation>
    </message>
    <message>
        <source>transposed output would be %1x%2 cells: padding %3,%4,%5,%6 crops all of it</source>
        <translation>la sortie transposée ferait %1×%2 cellules : le remplissage %3,%4,%5,%6 la rogne entièrement</translation>
    </message>
    <message>
        <source>window sums take a single-channel float32 image; it is %1</source>
        <translation>les sommes sur fenêtre prennent une image float32 à un seul canal ; elle est en %1</translation>
    </message>
    <message>
        <source>window %1x%2 does not fit in image %3x%4</source>
        <translation>la fenêtre %1×%2 ne tient pas dans l&apos;image %3×%4</translation>
    </message>
    <message>
        <source>allFinite takes float32 data; got %1</source>
        <translation>allFinite prend des données float32 ; reçu %1</translation>
    </message>
    <message>
        <source>unknown kernel preset %1</source>
        <translation>préréglage de noyau inconnu %1</translation>
    </message>
    <message>
        <source>unknown kernel preset &apos;%1&apos; (known: %2)</source>
        <translation>préréglage de noyau inconnu « %1 » (connus : %2)</translation>
    </message>
    <message>
        <source>the %1 kernel has no size %2x%3 (it needs %4)</source>
        <translation>le noyau %1 n&apos;existe pas en taille %2×%3 (il demande %4)</translation>
    </message>
    <message>
        <source>unknown kernel preset</source>
        <translation>préréglage de noyau inconnu</translation>
    </message>
    <message>
        <source>normalise needs a single-channel kernel</source>
        <translation>la normalisation demande un noyau à un seul canal</translation>
    </message>
    <message>
        <source>cannot normalise an all-zero kernel</source>
        <translation>impossible de normaliser un noyau entièrement nul</translation>
    </message>
    <message>
        <source>%1 needs a single-channel map, got %2 channels</source>
        <translation>%1 demande une carte à un seul canal ; reçu %2 canaux</translation>
    </message>
    <message>
        <source>unknown colormap %1</source>
        <translation>palette de couleurs inconnue %1</translation>
    </message>
    <message>
        <source>unknown colormap &apos;%1&apos; (choose viridis, gray, magma or diverging)</source>
        <translation>palette de couleurs inconnue « %1 » (choisissez viridis, gray, magma ou diverging)</translation>
    </message>
    <message>
        <source>colormap range [%1, %2] is empty: low must be below high</source>
        <translation>la plage de couleurs [%1, %2] est vide : le minimum doit être inférieur au maximum</translation>
    </message>
    <message>
        <source>unknown code language %1</source>
        <translation>langage de code inconnu %1</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (expected numpy, pytorch or opencv)</source>
        <translation>langage inconnu « %1 » (numpy, pytorch ou opencv attendu)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>cannot read %1: it changed size while being read</source>
        <translation>impossible de lire %1 : sa taille a changé pendant la lecture</translation>
    </message>
    <message>
        <source>%1 holds NaN at %2; ConvLab needs finite numbers</source>
        <translation>%1 contient NaN en %2 ; ConvLab demande des nombres finis</translation>
    </message>
    <message>
        <source>%1 holds +Inf at %2; ConvLab needs finite numbers</source>
        <translation>%1 contient +Inf en %2 ; ConvLab demande des nombres finis</translation>
    </message>
    <message>
        <source>%1 holds -Inf at %2; ConvLab needs finite numbers</source>
        <translation>%1 contient -Inf en %2 ; ConvLab demande des nombres finis</translation>
    </message>
    <message>
        <source>%1 holds %2 at %3, too large for float32 (at most 3.4e38)</source>
        <translation>%1 contient %2 en %3, trop grand pour du float32 (au plus 3,4e38)</translation>
    </message>
    <message>
        <source>%1 is %2×%3 pixels (%4); ConvLab opens images up to %5 megapixels</source>
        <translation>%1 fait %2×%3 pixels (%4) ; ConvLab ouvre des images jusqu&apos;à %5 mégapixels</translation>
    </message>
    <message>
        <source>%1 stores signed integer samples; ConvLab reads 8-bit, 16-bit and floating-point images</source>
        <translation>%1 stocke des entiers signés ; ConvLab lit les images 8 bits, 16 bits et à virgule flottante</translation>
    </message>
    <message>
        <source>%1 decodes to %2 channels; ConvLab reads grayscale and colour images</source>
        <translation>%1 se décode en %2 canaux ; ConvLab lit les images en niveaux de gris et en couleur</translation>
    </message>
    <message>
        <source>%1 has a malformed .npy header (%2): %3</source>
        <translation>%1 a un en-tête .npy mal formé (%2) : %3</translation>
    </message>
    <message>
        <source>%1 holds dtype &apos;%2&apos;; ConvLab reads float32 &apos;&lt;f4&apos;, float64 &apos;&lt;f8&apos; and uint8 &apos;|u1&apos;</source>
        <translation>%1 contient le dtype « %2 » ; ConvLab lit float32 &apos;&lt;f4&apos;, float64 &apos;&lt;f8&apos; et uint8 &apos;|u1&apos;</translation>
    </message>
    <message>
        <source>%1: empty field between commas</source>
        <translation>%1 : champ vide entre deux virgules</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1 : « %2 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1: %2 is too large for float32</source>
        <translation>%1 : %2 est trop grand pour du float32</translation>
    </message>
    <message>
        <source>cannot write %1: the map is empty</source>
        <translation>impossible d&apos;écrire %1 : la carte est vide</translation>
    </message>
    <message>
        <source>cannot write %1: the array has %2 dimensions, ConvLab writes 2-D maps</source>
        <translation>impossible d&apos;écrire %1 : le tableau a %2 dimensions, ConvLab écrit des cartes 2-D</translation>
    </message>
    <message>
        <source>%1 is not an image ConvLab can read (truncated or corrupt)</source>
        <translation>%1 n&apos;est pas une image lisible par ConvLab (tronquée ou corrompue)</translation>
    </message>
    <message>
        <source>%1 is not in an image format whose size ConvLab can check before decoding, and at %2 it is too large to try (limit %3)</source>
        <translation>%1 n&apos;est pas dans un format d&apos;image dont ConvLab peut vérifier la taille avant de le décoder, et avec %2 il est trop gros pour essayer (limite %3)</translation>
    </message>
    <message>
        <source>%1 is not in an image format ConvLab can read</source>
        <translation>%1 n&apos;est pas dans un format d&apos;image lisible par ConvLab</translation>
    </message>
    <message>
        <source>%1 is not a .npy file (it does not start with \x93NUMPY)</source>
        <translation>%1 n&apos;est pas un fichier .npy (il ne commence pas par \x93NUMPY)</translation>
    </message>
    <message>
        <source>%1 is .npy format version %2; ConvLab reads versions 1, 2 and 3</source>
        <translation>%1 est au format .npy version %2 ; ConvLab lit les versions 1, 2 et 3</translation>
    </message>
    <message>
        <source>%1 is truncated inside its .npy header</source>
        <translation>%1 est tronqué dans son en-tête .npy</translation>
    </message>
    <message>
        <source>%1 is truncated inside its .npy header (%2 bytes, header ends at byte %3)</source>
        <translation>%1 est tronqué dans son en-tête .npy (%2 octets, l&apos;en-tête finit à l&apos;octet %3)</translation>
    </message>
    <message>
        <source>%1 is stored in Fortran order; save it in C order (numpy.ascontiguousarray) for ConvLab</source>
        <translation>%1 est stocké dans l&apos;ordre Fortran ; enregistrez-le dans l&apos;ordre C (numpy.ascontiguousarray) pour ConvLab</translation>
    </message>
    <message>
        <source>%1 has shape %2; ConvLab reads 1-D, 2-D and H×W×C arrays</source>
        <translation>%1 a la forme %2 ; ConvLab lit les tableaux 1-D, 2-D et H×W×C</translation>
    </message>
    <message>
        <source>%1 is empty (shape %2)</source>
        <translation>%1 est vide (forme %2)</translation>
    </message>
    <message>
        <source>%1 has shape %2, beyond what ConvLab can hold (at most %3 channels)</source>
        <translation>%1 a la forme %2, au-delà de ce que ConvLab peut contenir (au plus %3 canaux)</translation>
    </message>
    <message>
        <source>%1 has shape %2, too large to hold</source>
        <translation>%1 a la forme %2, trop grande pour être contenue</translation>
    </message>
    <message>
        <source>%1: the header says shape %2 %3, which is %4 bytes of data, but the file holds %5 bytes</source>
        <translation>%1 : l&apos;en-tête annonce la forme %2 en %3, soit %4 octets de données, mais le fichier en contient %5</translation>
    </message>
    <message>
        <source>%1 has %2 values but line %3 has %4</source>
        <translation>%1 a %2 valeurs mais la ligne %3 en a %4</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no numbers</source>
        <translation>%1 ne contient aucun nombre</translation>
    </message>
    <message>
        <source>cannot write %1: a text matrix holds one channel, this map has %2 (write .npy instead)</source>
        <translation>impossible d&apos;écrire %1 : une matrice texte contient un seul canal, cette carte en a %2 (écrivez plutôt un .npy)</translation>
    </message>
    <message>
        <source>cannot write %1: ConvLab writes .npy, .txt, .csv and .png files</source>
        <translation>impossible d&apos;écrire %1 : ConvLab écrit des fichiers .npy, .txt, .csv et .png</translation>
    </message>
    <message>
        <source>cannot write %1: a .png holds 1 or 3 channels, this map has %2 (write .npy instead)</source>
        <translation>impossible d&apos;écrire %1 : un .png contient 1 ou 3 canaux, cette carte en a %2 (écrivez plutôt un .npy)</translation>
    </message>
    <message>
        <source>cannot write %1: PNG encoding failed</source>
        <translation>impossible d&apos;écrire %1 : l&apos;encodage PNG a échoué</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a ConvLab model, or is truncated or corrupt (%2)</source>
        <translation>%1 n&apos;est pas un modèle ConvLab, ou il est tronqué ou corrompu (%2)</translation>
    </message>
    <message>
        <source>%1 is not a ConvLab model: it is not a PyTorch archive</source>
        <translation>%1 n&apos;est pas un modèle ConvLab : ce n&apos;est pas une archive PyTorch</translation>
    </message>
    <message>
        <source>%1 is not a ConvLab model: it is a PNG image</source>
        <translation>%1 n&apos;est pas un modèle ConvLab : c&apos;est une image PNG</translation>
    </message>
    <message>
        <source>%1 is not a ConvLab model: it is a JPEG image</source>
        <translation>%1 n&apos;est pas un modèle ConvLab : c&apos;est une image JPEG</translation>
    </message>
    <message>
        <source>%1 is not a ConvLab model: it is an image</source>
        <translation>%1 n&apos;est pas un modèle ConvLab : c&apos;est une image</translation>
    </message>
    <message>
        <source>%1 is a PyTorch file but not a ConvLab model (it has no %2 entry)</source>
        <translation>%1 est un fichier PyTorch mais pas un modèle ConvLab (il n&apos;a pas d&apos;entrée %2)</translation>
    </message>
</context>
</TS>
