<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Activation</name>
    <message>
        <source>Identity (linear)</source>
        <translation>Identität (linear)</translation>
    </message>
    <message>
        <source>f(x) = x</source>
        <translation>f(x) = x</translation>
    </message>
    <message>
        <source>f′(x) = 1</source>
        <translation>f′(x) = 1</translation>
    </message>
    <message>
        <source>No activation at all: the neuron passes z = w·x + b straight through. It is the right output for regression, where the target can be any real number. In hidden layers it is useless, and that is the lesson: a stack of linear layers collapses into a single linear map, W₃(W₂(W₁x)) = Ax + b, so depth adds nothing without a bend. Every other entry in this catalogue exists to add that bend. Its gradient is exactly 1 everywhere, so it neither vanishes nor explodes by itself.</source>
        <translation>Gar keine Aktivierung: Das Neuron gibt z = w·x + b unverändert weiter. Als Ausgabe einer Regression ist das richtig, denn dort kann der Zielwert jede reelle Zahl sein. In verdeckten Schichten ist sie nutzlos, und genau das ist die Lektion: Ein Stapel linearer Schichten fällt zu einer einzigen linearen Abbildung zusammen, W₃(W₂(W₁x)) = Ax + b, ohne Nichtlinearität bringt Tiefe also nichts. Jeder andere Eintrag dieses Katalogs ist dazu da, diese Nichtlinearität hinzuzufügen. Ihr Gradient ist überall genau 1; er verschwindet also nicht und explodiert auch nicht von selbst.</translation>
    </message>
    <message>
        <source>Binary step (Heaviside)</source>
        <translation>Sprungfunktion (Heaviside)</translation>
    </message>
    <message>
        <source>f(x) = 1 if x ≥ 0, else 0</source>
        <translation>f(x) = 1 für x ≥ 0, sonst 0</translation>
    </message>
    <message>
        <source>f′(x) = 0 (for x ≠ 0; undefined at the jump, shown as 0)</source>
        <translation>f′(x) = 0 (für x ≠ 0; an der Sprungstelle undefiniert, als 0 dargestellt)</translation>
    </message>
    <message>
        <source>The threshold unit of McCulloch and Pitts (1943) and of Rosenblatt&apos;s perceptron (1958): the neuron fires (1) when its input reaches the threshold and stays silent (0) otherwise. We take f(0) = 1. It shows why gradient descent needs something smoother: the derivative is 0 everywhere except at the jump, where it does not exist, so backpropagation receives no signal at all. The perceptron learning rule worked around this for a single layer; training deep networks had to wait for differentiable units such as the sigmoid. We return 0 for the derivative at x = 0 as well.</source>
        <translation>Die Schwellenwerteinheit von McCulloch und Pitts (1943) und von Rosenblatts Perzeptron (1958): Das Neuron feuert (1), wenn seine Eingabe den Schwellenwert erreicht, und bleibt sonst still (0). Wir setzen f(0) = 1. Sie zeigt, warum der Gradientenabstieg etwas Glatteres braucht: Die Ableitung ist überall 0, außer an der Sprungstelle, wo sie nicht existiert; bei der Backpropagation kommt also überhaupt kein Signal an. Die Lernregel des Perzeptrons umging das für eine einzelne Schicht; das Training tiefer Netze musste auf differenzierbare Neuronen wie die Sigmoidfunktion warten. Auch bei x = 0 geben wir für die Ableitung 0 zurück.</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>σ(x) = 1 / (1 + e&lt;sup&gt;−x&lt;/sup&gt;)</source>
        <translation>σ(x) = 1 / (1 + e&lt;sup&gt;−x&lt;/sup&gt;)</translation>
    </message>
    <message>
        <source>σ′(x) = σ(x) · (1 − σ(x))</source>
        <translation>σ′(x) = σ(x) · (1 − σ(x))</translation>
    </message>
    <message>
        <source>The logistic function squashes any number into (0, 1), which is why it is the output of a binary classifier: read it as a probability. In hidden layers it has fallen out of use: its derivative is at most 1/4 (at x = 0) and vanishes as |x| grows, so gradients shrink layer by layer (vanishing gradients), and its outputs are all positive, not zero-centred. It was the neuron of early backpropagation (Rumelhart, Hinton and Williams, 1986).</source>
        <translation>Die logistische Funktion presst jede Zahl in das Intervall (0; 1); deshalb ist sie die Ausgabe eines binären Klassifikators und wird als Wahrscheinlichkeit gelesen. In verdeckten Schichten ist sie aus der Mode gekommen: Ihre Ableitung ist höchstens 1/4 (bei x = 0) und verschwindet, wenn |x| wächst, sodass die Gradienten von Schicht zu Schicht schrumpfen (verschwindende Gradienten), und ihre Ausgaben sind alle positiv, also nicht nullzentriert. Sie war das Neuron der frühen Backpropagation (Rumelhart, Hinton und Williams, 1986).</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>tanh(x) = (e&lt;sup&gt;x&lt;/sup&gt; − e&lt;sup&gt;−x&lt;/sup&gt;) / (e&lt;sup&gt;x&lt;/sup&gt; + e&lt;sup&gt;−x&lt;/sup&gt;)</source>
        <translation>tanh(x) = (e&lt;sup&gt;x&lt;/sup&gt; − e&lt;sup&gt;−x&lt;/sup&gt;) / (e&lt;sup&gt;x&lt;/sup&gt; + e&lt;sup&gt;−x&lt;/sup&gt;)</translation>
    </message>
    <message>
        <source>tanh′(x) = 1 − tanh²(x)</source>
        <translation>tanh′(x) = 1 − tanh²(x)</translation>
    </message>
    <message>
        <source>A rescaled sigmoid, tanh(x) = 2σ(2x) − 1, that runs from −1 to 1 and passes through the origin. Being zero-centred, it keeps the next layer&apos;s inputs balanced around zero, which made it the preferred hidden unit of the 1990s and 2000s (LeCun et al., Efficient BackProp, 1998) and it is still the squashing function inside LSTM and GRU cells. Its slope is 1 at the origin, four times the sigmoid&apos;s, but it saturates just the same: for |x| beyond 3 the derivative is below 0.01 and deep stacks of tanh units suffer vanishing gradients.</source>
        <translation>Eine umskalierte Sigmoidfunktion, tanh(x) = 2σ(2x) − 1, die von −1 bis 1 läuft und durch den Ursprung geht. Weil sie nullzentriert ist, hält sie die Eingaben der nächsten Schicht um null im Gleichgewicht; das machte sie zum bevorzugten Neuron verdeckter Schichten in den 1990er- und 2000er-Jahren (LeCun et al., Efficient BackProp, 1998), und noch heute ist sie die Squashing-Funktion in LSTM- und GRU-Zellen. Ihre Steigung im Ursprung ist 1, viermal so groß wie die der Sigmoidfunktion, doch sie sättigt genauso: Für |x| über 3 liegt die Ableitung unter 0,01, und tiefe Stapel von tanh-Neuronen leiden unter verschwindenden Gradienten.</translation>
    </message>
    <message>
        <source>Log-sigmoid</source>
        <translation>Log-Sigmoid</translation>
    </message>
    <message>
        <source>f(x) = log σ(x) = −log(1 + e&lt;sup&gt;−x&lt;/sup&gt;)</source>
        <translation>f(x) = log σ(x) = −log(1 + e&lt;sup&gt;−x&lt;/sup&gt;)</translation>
    </message>
    <message>
        <source>f′(x) = 1 − σ(x) = σ(−x)</source>
        <translation>f′(x) = 1 − σ(x) = σ(−x)</translation>
    </message>
    <message>
        <source>The logarithm of the sigmoid, that is −softplus(−x). It rarely serves as a hidden unit; it matters because losses are written with it: binary cross-entropy is −log σ(z) for a positive example, and computing it as log(sigmoid(z)) fails (log 0 = −∞) once σ(z) rounds to 0, while the fused form stays exact (log σ(−1000) = −1000). It saturates towards 0 on the right, and is a line of slope 1 on the left.</source>
        <translation>Der Logarithmus der Sigmoidfunktion, also −softplus(−x). Als Neuron einer verdeckten Schicht dient sie selten; wichtig ist sie, weil Verlustfunktionen mit ihr geschrieben werden: Die binäre Kreuzentropie eines positiven Beispiels ist −log σ(z), und wer sie als log(sigmoid(z)) berechnet, scheitert (log 0 = −∞), sobald σ(z) auf 0 gerundet wird, während die zusammengefasste Form exakt bleibt (log σ(−1000) = −1000). Nach rechts sättigt sie gegen 0, links ist sie eine Gerade mit der Steigung 1.</translation>
    </message>
    <message>
        <source>Softsign</source>
        <translation>Softsign</translation>
    </message>
    <message>
        <source>f(x) = x / (1 + |x|)</source>
        <translation>f(x) = x / (1 + |x|)</translation>
    </message>
    <message>
        <source>f′(x) = 1 / (1 + |x|)&lt;sup&gt;2&lt;/sup&gt;</source>
        <translation>f′(x) = 1 / (1 + |x|)&lt;sup&gt;2&lt;/sup&gt;</translation>
    </message>
    <message>
        <source>Shaped like tanh but approaching ±1 polynomially (like 1 − 1/|x|) instead of exponentially, so it saturates more gently and its gradient decays like 1/x² rather than exp(−2|x|). Glorot and Bengio (2010) found it less prone than tanh to units stuck in saturation. It needs no exponential, which makes it cheap. Its second derivative jumps at 0 (|x| has a corner there), though f and f′ are continuous.</source>
        <translation>Geformt wie tanh, nähert sie sich ±1 aber polynomiell (wie 1 − 1/|x|) statt exponentiell; sie sättigt daher sanfter, und ihr Gradient fällt wie 1/x² statt wie exp(−2|x|). Glorot und Bengio (2010) fanden, dass Neuronen mit ihr seltener in der Sättigung stecken bleiben als mit tanh. Sie braucht keine Exponentialfunktion und ist daher billig. Ihre zweite Ableitung springt bei 0 (|x| hat dort einen Knick), obwohl f und f′ stetig sind.</translation>
    </message>
    <message>
        <source>Arctan</source>
        <translation>Arctan</translation>
    </message>
    <message>
        <source>f(x) = arctan(x)</source>
        <translation>f(x) = arctan(x)</translation>
    </message>
    <message>
        <source>f′(x) = 1 / (1 + x&lt;sup&gt;2&lt;/sup&gt;)</source>
        <translation>f′(x) = 1 / (1 + x&lt;sup&gt;2&lt;/sup&gt;)</translation>
    </message>
    <message>
        <source>Another S-shaped squashing function, zero-centred like tanh, with range (−π/2, π/2). Its tails approach the limits slowly, like softsign&apos;s, and its derivative 1/(1 + x²) (the Cauchy density, up to a factor π) decays only as 1/x², so it saturates less abruptly than tanh. It appears in early neural-network texts as an alternative sigmoid; today it is mostly a point of comparison.</source>
        <translation>Eine weitere S-förmige Squashing-Funktion, nullzentriert wie tanh, mit dem Wertebereich (−π/2; π/2). Ihre Ausläufer nähern sich den Grenzen langsam, wie bei Softsign, und ihre Ableitung 1/(1 + x²) (bis auf den Faktor π die Dichte der Cauchy-Verteilung) fällt nur wie 1/x²; sie sättigt daher weniger abrupt als tanh. In frühen Texten über neuronale Netze erscheint sie als alternative Sigmoidfunktion; heute dient sie vor allem zum Vergleich.</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>Gauß-Funktion</translation>
    </message>
    <message>
        <source>f(x) = e&lt;sup&gt;−x&lt;sup&gt;2&lt;/sup&gt;&lt;/sup&gt;</source>
        <translation>f(x) = e&lt;sup&gt;−x&lt;sup&gt;2&lt;/sup&gt;&lt;/sup&gt;</translation>
    </message>
    <message>
        <source>f′(x) = −2x · e&lt;sup&gt;−x&lt;sup&gt;2&lt;/sup&gt;&lt;/sup&gt;</source>
        <translation>f′(x) = −2x · e&lt;sup&gt;−x&lt;sup&gt;2&lt;/sup&gt;&lt;/sup&gt;</translation>
    </message>
    <message>
        <source>A bump rather than a ramp: the unit answers most strongly when its input is near 0 and fades on both sides. It is the basis function of radial-basis-function networks (Broomhead and Lowe, 1988), where each unit responds to inputs near its own centre. Because it is not monotonic, one unit can carve out a band, something a single sigmoid unit cannot. Its gradient vanishes on both sides, so units whose inputs drift far from 0 stop learning.</source>
        <translation>Eine Glocke statt einer Rampe: Das Neuron antwortet am stärksten, wenn seine Eingabe nahe 0 liegt, und klingt nach beiden Seiten ab. Sie ist die Basisfunktion der RBF-Netze (Netze aus radialen Basisfunktionen; Broomhead und Lowe, 1988), in denen jedes Neuron auf Eingaben nahe seinem eigenen Zentrum reagiert. Weil sie nicht monoton ist, kann ein einzelnes Neuron einen Streifen herausschneiden, was ein einzelnes Sigmoid-Neuron nicht kann. Ihr Gradient verschwindet auf beiden Seiten, sodass Neuronen, deren Eingaben weit von 0 abdriften, nicht mehr lernen.</translation>
    </message>
    <message>
        <source>Sinusoid</source>
        <translation>Sinus</translation>
    </message>
    <message>
        <source>f(x) = sin(x)</source>
        <translation>f(x) = sin(x)</translation>
    </message>
    <message>
        <source>f′(x) = cos(x)</source>
        <translation>f′(x) = cos(x)</translation>
    </message>
    <message>
        <source>A periodic activation. Bounded yet never saturating: its gradient keeps returning to ±1, however large the input. Networks of sine units (SIREN, Sitzmann et al., 2020) represent images, sounds and shapes as continuous functions with fine detail, because sines of many frequencies compose into a Fourier-like basis. The price is a bumpy loss surface with many equivalent solutions, which makes careful initialisation essential. It has no limit at ±∞, so ±inf give NaN.</source>
        <translation>Eine periodische Aktivierungsfunktion. Beschränkt und doch nie sättigend: Ihr Gradient kehrt immer wieder zu ±1 zurück, wie groß die Eingabe auch ist. Netze aus Sinus-Neuronen (SIREN, Sitzmann et al., 2020) stellen Bilder, Klänge und Formen als stetige Funktionen mit feinen Details dar, weil sich Sinusfunktionen vieler Frequenzen zu einer Fourier-artigen Basis zusammensetzen. Der Preis ist eine holprige Verlustlandschaft mit vielen gleichwertigen Lösungen, die eine sorgfältige Initialisierung unerlässlich macht. Bei ±∞ hat sie keinen Grenzwert, daher ergibt ±inf NaN.</translation>
    </message>
    <message>
        <source>ELU</source>
        <extracomment>Klambauer et al. (2017), eq. 14, to the digits PyTorch uses.</extracomment>
        <translation>ELU</translation>
    </message>
    <message>
        <source>f(x) = x if x &gt; 0, else α·(e&lt;sup&gt;x&lt;/sup&gt; − 1)</source>
        <translation>f(x) = x für x &gt; 0, sonst α·(e&lt;sup&gt;x&lt;/sup&gt; − 1)</translation>
    </message>
    <message>
        <source>f′(x) = 1 if x &gt; 0, else α·e&lt;sup&gt;x&lt;/sup&gt;</source>
        <translation>f′(x) = 1 für x &gt; 0, sonst α·e&lt;sup&gt;x&lt;/sup&gt;</translation>
    </message>
    <message>
        <source>The exponential linear unit (Clevert, Unterthiner and Hochreiter, 2015) is the identity for x &gt; 0, like ReLU, but bends smoothly down to −α for x &lt; 0. The negative outputs pull the mean activation towards zero, which the authors found speeds up learning, and the gradient α·eˣ never becomes exactly zero, so units do not die. It costs an exponential, and it saturates softly for very negative x. With α = 1 the slope is continuous at 0; for other α there is a corner, where PyTorch&apos;s autograd returns the left slope α, as we do.</source>
        <translation>Die Exponential Linear Unit (Clevert, Unterthiner und Hochreiter, 2015) ist für x &gt; 0 die Identität, wie ReLU, biegt sich für x &lt; 0 aber glatt nach unten bis −α. Die negativen Ausgaben ziehen den Mittelwert der Aktivierungen Richtung null, was nach den Autoren das Lernen beschleunigt, und der Gradient α·eˣ wird nie genau null, sodass keine Neuronen sterben. Sie kostet eine Exponentialfunktion und sättigt für sehr negative x sanft. Mit α = 1 ist die Steigung bei 0 stetig; für andere α hat die Kurve dort einen Knick, an dem PyTorchs Autograd die linke Steigung α liefert, wie wir auch.</translation>
    </message>
    <message>
        <source>SELU</source>
        <translation>SELU</translation>
    </message>
    <message>
        <source>f(x) = λ·x if x &gt; 0, else λ·α·(e&lt;sup&gt;x&lt;/sup&gt; − 1)   (λ ≈ 1.0507, α ≈ 1.6733)</source>
        <translation>f(x) = λ·x für x &gt; 0, sonst λ·α·(e&lt;sup&gt;x&lt;/sup&gt; − 1)   (λ ≈ 1,0507; α ≈ 1,6733)</translation>
    </message>
    <message>
        <source>f′(x) = λ if x &gt; 0, else λ·α·e&lt;sup&gt;x&lt;/sup&gt;</source>
        <translation>f′(x) = λ für x &gt; 0, sonst λ·α·e&lt;sup&gt;x&lt;/sup&gt;</translation>
    </message>
    <message>
        <source>The scaled ELU of self-normalising networks (Klambauer, Unterthiner, Mayr and Hochreiter, 2017). Its two constants are chosen so that, with LeCun-normal weights, activations with mean 0 and variance 1 keep mean 0 and variance 1 after every layer: deep plain (fully connected) stacks train without batch normalisation. The guarantee needs that initialisation and alpha-dropout, and is lost with ordinary dropout or skip connections. At the corner x = 0 PyTorch&apos;s autograd returns the left slope λα ≈ 1.758, and so do we.</source>
        <translation>Die skalierte ELU selbstnormalisierender Netze (Klambauer, Unterthiner, Mayr und Hochreiter, 2017). Ihre beiden Konstanten sind so gewählt, dass Aktivierungen mit Mittelwert 0 und Varianz 1 bei LeCun-normalverteilten Gewichten nach jeder Schicht Mittelwert 0 und Varianz 1 behalten: Tiefe, einfache (vollständig verbundene) Stapel lassen sich ohne Batch-Normalisierung trainieren. Die Garantie setzt diese Initialisierung und Alpha-Dropout voraus und geht mit gewöhnlichem Dropout oder Skip-Verbindungen verloren. Am Knick x = 0 liefert PyTorchs Autograd die linke Steigung λα ≈ 1,758, wie wir auch.</translation>
    </message>
    <message>
        <source>CELU</source>
        <translation>CELU</translation>
    </message>
    <message>
        <source>f(x) = x if x &gt; 0, else α·(e&lt;sup&gt;x/α&lt;/sup&gt; − 1)</source>
        <translation>f(x) = x für x &gt; 0, sonst α·(e&lt;sup&gt;x/α&lt;/sup&gt; − 1)</translation>
    </message>
    <message>
        <source>f′(x) = 1 if x &gt; 0, else e&lt;sup&gt;x/α&lt;/sup&gt;</source>
        <translation>f′(x) = 1 für x &gt; 0, sonst e&lt;sup&gt;x/α&lt;/sup&gt;</translation>
    </message>
    <message>
        <source>The continuously differentiable ELU (Barron, 2017). ELU with α ≠ 1 has a corner at 0; dividing x by α inside the exponential makes the slope 1 from both sides for every α, so the derivative is continuous and the curve has no corner (the second derivative still jumps). Otherwise it behaves like ELU: negative outputs pull the mean towards zero, the gradient never vanishes exactly, and it costs an exponential. At x = 0 PyTorch&apos;s autograd returns 1, as we do.</source>
        <translation>Die stetig differenzierbare ELU (Barron, 2017). ELU hat für α ≠ 1 einen Knick bei 0; teilt man x im Exponenten durch α, ist die Steigung für jedes α von beiden Seiten 1, die Ableitung also stetig und die Kurve ohne Knick (die zweite Ableitung springt weiterhin). Sonst verhält sie sich wie ELU: Negative Ausgaben ziehen den Mittelwert Richtung null, der Gradient verschwindet nie ganz, und sie kostet eine Exponentialfunktion. Bei x = 0 liefert PyTorchs Autograd 1, wie wir auch.</translation>
    </message>
    <message>
        <source>Hardtanh</source>
        <translation>Hardtanh</translation>
    </message>
    <message>
        <source>f(x) = min(max(x, a), b)   (a = min_val, b = max_val)</source>
        <translation>f(x) = min(max(x, a), b)   (a = min_val, b = max_val)</translation>
    </message>
    <message>
        <source>f′(x) = 1 if a &lt; x &lt; b, else 0</source>
        <translation>f′(x) = 1 für a &lt; x &lt; b, sonst 0</translation>
    </message>
    <message>
        <source>A piecewise-linear tanh: the identity between a and b, clipped outside (Collobert and colleagues used it for language models, 2011). It is zero-centred and bounded like tanh and costs two comparisons. Its saturation is total rather than gradual: outside [a, b] the gradient is exactly 0, so a unit pushed there stops learning until its input comes back. At the corners x = a and x = b PyTorch&apos;s autograd returns 0, and so do we.</source>
        <translation>Eine stückweise lineare Version von tanh: zwischen a und b die Identität, außerhalb abgeschnitten (Collobert und Kollegen nutzten sie 2011 für Sprachmodelle). Sie ist nullzentriert und beschränkt wie tanh und kostet zwei Vergleiche. Ihre Sättigung ist vollständig statt allmählich: Außerhalb von [a; b] ist der Gradient genau 0, sodass ein dorthin gedrängtes Neuron nicht mehr lernt, bis seine Eingabe zurückkehrt. An den Knicken x = a und x = b liefert PyTorchs Autograd 0, wie wir auch.</translation>
    </message>
    <message>
        <source>Hardsigmoid</source>
        <translation>Hardsigmoid</translation>
    </message>
    <message>
        <source>f(x) = min(max(x + 3, 0), 6) / 6</source>
        <translation>f(x) = min(max(x + 3, 0), 6) / 6</translation>
    </message>
    <message>
        <source>f′(x) = 1/6 if −3 &lt; x &lt; 3, else 0</source>
        <translation>f′(x) = 1/6 für −3 &lt; x &lt; 3, sonst 0</translation>
    </message>
    <message>
        <source>A straight-line sigmoid: 0 below −3, 1 above 3, a ramp of slope 1/6 between, so f(0) = 1/2 like the sigmoid. It needs no exponential, which matters on phones; this version is the gate of MobileNetV3 (Howard et al., 2019), and BinaryConnect used a similar clip (Courbariaux et al., 2015). Like sigmoid it is not zero-centred, and outside [−3, 3] the gradient is exactly 0. At the corners PyTorch&apos;s autograd returns 0, as we do.</source>
        <translation>Eine Sigmoidfunktion aus Geradenstücken: 0 unterhalb von −3, 1 oberhalb von 3, dazwischen eine Rampe mit der Steigung 1/6, sodass f(0) = 1/2 wie bei der Sigmoidfunktion. Sie braucht keine Exponentialfunktion, was auf Smartphones zählt; diese Variante ist das Gate von MobileNetV3 (Howard et al., 2019), und BinaryConnect schnitt ähnlich ab (Courbariaux et al., 2015). Wie die Sigmoidfunktion ist sie nicht nullzentriert, und außerhalb von [−3; 3] ist der Gradient genau 0. An den Knicken liefert PyTorchs Autograd 0, wie wir auch.</translation>
    </message>
    <message>
        <source>Hardswish</source>
        <translation>Hardswish</translation>
    </message>
    <message>
        <source>f(x) = x · min(max(x + 3, 0), 6) / 6</source>
        <translation>f(x) = x · min(max(x + 3, 0), 6) / 6</translation>
    </message>
    <message>
        <source>f′(x) = 0 if x ≤ −3, x/3 + 1/2 if −3 &lt; x &lt; 3, 1 if x ≥ 3</source>
        <translation>f′(x) = 0 für x ≤ −3, x/3 + 1/2 für −3 &lt; x &lt; 3, 1 für x ≥ 3</translation>
    </message>
    <message>
        <source>x gated by hardsigmoid(x): a cheap piecewise copy of swish (x·sigmoid(x)) from MobileNetV3 (Howard et al., 2019), where it gave swish&apos;s accuracy at a fraction of the cost on mobile hardware. Like swish it dips below zero (to −3/8 at x = −3/2) before rising, so it is not monotonic, and it is exactly 0 for x ≤ −3, where no gradient flows. At the corners PyTorch&apos;s autograd returns 0 at x = −3 and 1 at x = 3, and so do we.</source>
        <translation>x, multipliziert mit dem Gate hardsigmoid(x): eine billige stückweise Nachbildung von Swish (x·sigmoid(x)) aus MobileNetV3 (Howard et al., 2019), wo sie die Genauigkeit von Swish zu einem Bruchteil der Kosten auf mobiler Hardware erreichte. Wie Swish taucht sie unter null ab (bis −3/8 bei x = −3/2), bevor sie steigt; sie ist also nicht monoton, und für x ≤ −3 ist sie genau 0, dort fließt kein Gradient. An den Knicken liefert PyTorchs Autograd 0 bei x = −3 und 1 bei x = 3, wie wir auch.</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>f(x) = max(0, x)</source>
        <translation>f(x) = max(0, x)</translation>
    </message>
    <message>
        <source>f′(x) = 1 if x &gt; 0, else 0</source>
        <translation>f′(x) = 1 für x &gt; 0, sonst 0</translation>
    </message>
    <message>
        <source>The default choice for hidden layers since AlexNet (Nair and Hinton, 2010). It costs a comparison, and for x &gt; 0 its gradient is exactly 1, so deep stacks do not shrink the signal the way sigmoid does. Its weakness is the flat half: a unit whose input stays below zero passes no gradient at all and stops learning (a dying ReLU). Outputs are never negative, so they are not zero-centred. At x = 0 the derivative is undefined; PyTorch&apos;s autograd uses 0 there, and so do we.</source>
        <translation>Seit AlexNet die Standardwahl für verdeckte Schichten (Nair und Hinton, 2010). Sie kostet einen Vergleich, und für x &gt; 0 ist ihr Gradient genau 1, sodass tiefe Stapel das Signal nicht so schrumpfen lassen wie die Sigmoidfunktion. Ihre Schwäche ist die flache Hälfte: Ein Neuron, dessen Eingabe unter null bleibt, gibt überhaupt keinen Gradienten weiter und lernt nicht mehr (Dying ReLU, ein totes Neuron). Die Ausgaben sind nie negativ, also nicht nullzentriert. Bei x = 0 ist die Ableitung nicht definiert; PyTorchs Autograd nimmt dort 0, wir auch.</translation>
    </message>
    <message>
        <source>ReLU6</source>
        <translation>ReLU6</translation>
    </message>
    <message>
        <source>f(x) = min(max(0, x), 6)</source>
        <translation>f(x) = min(max(0, x), 6)</translation>
    </message>
    <message>
        <source>f′(x) = 1 if 0 &lt; x &lt; 6, else 0</source>
        <translation>f′(x) = 1 für 0 &lt; x &lt; 6, sonst 0</translation>
    </message>
    <message>
        <source>ReLU capped at 6. The cap keeps activations in a small fixed range, which suits low-precision (8-bit) arithmetic on phones; MobileNet (Howard et al., 2017) made it popular, after Krizhevsky used it on CIFAR-10 in 2010. The price is a second flat part: above 6 the gradient is 0 as well, so a unit can saturate at the top as well as die at the bottom. At the corners x = 0 and x = 6 PyTorch&apos;s autograd returns 0, and so do we.</source>
        <translation>ReLU, bei 6 gekappt. Die Kappung hält die Aktivierungen in einem kleinen festen Bereich, was dem Rechnen mit geringer Genauigkeit (8 Bit) auf Smartphones entgegenkommt; MobileNet (Howard et al., 2017) machte sie populär, nachdem Krizhevsky sie 2010 auf CIFAR-10 eingesetzt hatte. Der Preis ist ein zweiter flacher Teil: Oberhalb von 6 ist der Gradient ebenfalls 0, sodass ein Neuron oben sättigen und unten sterben kann. An den Knicken x = 0 und x = 6 liefert PyTorchs Autograd 0, wie wir auch.</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>f(x) = x if x &gt; 0, else a·x   (a = negative_slope)</source>
        <translation>f(x) = x für x &gt; 0, sonst a·x   (a = negative_slope)</translation>
    </message>
    <message>
        <source>f′(x) = 1 if x &gt; 0, else a</source>
        <translation>f′(x) = 1 für x &gt; 0, sonst a</translation>
    </message>
    <message>
        <source>A cure for dying ReLUs (Maas, Hannun and Ng, 2013): for x &lt; 0 the output is a small multiple a·x instead of 0, so a unit pushed below zero still gets a gradient of a and can recover. It is as cheap as ReLU and a common drop-in for hidden layers, notably in GAN discriminators. With a = 0.01 the outputs are still almost all positive, so not zero-centred. At x = 0 PyTorch&apos;s autograd returns the slope a, and so do we.</source>
        <translation>Ein Mittel gegen tote ReLU-Neuronen (Maas, Hannun und Ng, 2013): Für x &lt; 0 ist die Ausgabe ein kleines Vielfaches a·x statt 0, sodass ein unter null gedrängtes Neuron noch den Gradienten a bekommt und sich erholen kann. Sie ist so billig wie ReLU und ein verbreiteter direkter Ersatz in verdeckten Schichten, besonders in den Diskriminatoren von GANs. Mit a = 0,01 sind die Ausgaben noch fast alle positiv, also nicht nullzentriert. Bei x = 0 liefert PyTorchs Autograd die Steigung a, wie wir auch.</translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation>PReLU</translation>
    </message>
    <message>
        <source>f(x) = x if x &gt; 0, else a·x   (a = weight, learned)</source>
        <translation>f(x) = x für x &gt; 0, sonst a·x   (a = weight, gelernt)</translation>
    </message>
    <message>
        <source>Parametric ReLU (He, Zhang, Ren and Sun, 2015): a leaky ReLU whose negative slope is a parameter the network learns by backprop, usually one per channel, starting at 0.25. It helped the first image classifier to beat human accuracy on ImageNet, at almost no extra cost. The extra parameters can overfit a small data set. Here you set the slope by hand to see what training would adjust. At x = 0 PyTorch&apos;s autograd returns the slope, and so do we.</source>
        <translation>Parametrische ReLU (He, Zhang, Ren und Sun, 2015): eine Leaky ReLU, deren Steigung für negative Eingaben ein Parameter ist, den das Netz per Backpropagation lernt, meist einer pro Kanal, mit dem Startwert 0,25. Sie verhalf dem ersten Bildklassifikator, der auf ImageNet die menschliche Genauigkeit übertraf, fast ohne Zusatzkosten zu diesem Ergebnis. Die zusätzlichen Parameter können einen kleinen Datensatz überanpassen. Hier wird die Steigung von Hand eingestellt, um zu sehen, was das Training anpassen würde. Bei x = 0 liefert PyTorchs Autograd die Steigung, wie wir auch.</translation>
    </message>
    <message>
        <source>RReLU (evaluation mode)</source>
        <translation>RReLU (Evaluationsmodus)</translation>
    </message>
    <message>
        <source>f(x) = x if x &gt; 0, else a·x   (a = (lower + upper) / 2)</source>
        <translation>f(x) = x für x &gt; 0, sonst a·x   (a = (lower + upper) / 2)</translation>
    </message>
    <message>
        <source>f′(x) = 1 if x &gt; 0, else (lower + upper) / 2</source>
        <translation>f′(x) = 1 für x &gt; 0, sonst (lower + upper) / 2</translation>
    </message>
    <message>
        <source>Randomized leaky ReLU (Xu, Wang, Chen and Li, 2015): during training every negative input gets a slope drawn at random from [lower, upper], a noise that acts as a regulariser; at evaluation the slope is fixed to the mean (lower + upper) / 2. Only that deterministic evaluation curve can be drawn, so this is a leaky ReLU with slope (1/8 + 1/3) / 2 ≈ 0.23 by default. At x = 0 PyTorch&apos;s autograd returns that slope, and so do we.</source>
        <translation>Randomisierte Leaky ReLU (Xu, Wang, Chen und Li, 2015): Im Training bekommt jede negative Eingabe eine Steigung, die zufällig aus [lower; upper] gezogen wird, ein Rauschen, das als Regularisierung wirkt; bei der Auswertung ist die Steigung auf den Mittelwert (lower + upper) / 2 festgelegt. Nur diese deterministische Auswertungskurve lässt sich zeichnen; standardmäßig ist dies also eine Leaky ReLU mit der Steigung (1/8 + 1/3) / 2 ≈ 0,23. Bei x = 0 liefert PyTorchs Autograd diese Steigung, wie wir auch.</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold (Schwellenwert)</translation>
    </message>
    <message>
        <source>f(x) = x if x &gt; θ, else v   (θ = threshold, v = value)</source>
        <translation>f(x) = x für x &gt; θ, sonst v   (θ = threshold, v = value)</translation>
    </message>
    <message>
        <source>f′(x) = 1 if x &gt; θ, else 0</source>
        <translation>f′(x) = 1 für x &gt; θ, sonst 0</translation>
    </message>
    <message>
        <source>Passes x through when it exceeds the threshold θ and replaces it with a constant v otherwise. With θ = v = 0 it is ReLU; with θ &gt; v it jumps at θ, as the thresholded rectifier of zero-bias autoencoders does (Konda, Memisevic and Krueger, 2015), which keeps small, noisy inputs out. The jump gives no gradient to learn θ, and below θ no gradient at all, as in a dying ReLU. It is monotonic only when v ≤ θ. At x = θ the output is v (the left side), and PyTorch&apos;s autograd gives derivative 0 there, as do we.</source>
        <translation>Lässt x durch, wenn es den Schwellenwert θ übersteigt, und ersetzt es sonst durch eine Konstante v. Mit θ = v = 0 ist sie ReLU; mit θ &gt; v springt sie bei θ, wie der Schwellen-Gleichrichter von Zero-Bias-Autoencodern (Konda, Memisevic und Krueger, 2015), der kleine, verrauschte Eingaben fernhält. Die Sprungstelle liefert keinen Gradienten, um θ zu lernen, und unterhalb von θ gibt es gar keinen Gradienten, wie bei einer Dying ReLU. Monoton ist sie nur für v ≤ θ. Bei x = θ ist die Ausgabe v (die linke Seite), und PyTorchs Autograd liefert dort die Ableitung 0, wie wir auch.</translation>
    </message>
    <message>
        <source>Softshrink</source>
        <translation>Softshrink</translation>
    </message>
    <message>
        <source>f(x) = x − λ if x &gt; λ, x + λ if x &lt; −λ, else 0</source>
        <translation>f(x) = x − λ für x &gt; λ, x + λ für x &lt; −λ, sonst 0</translation>
    </message>
    <message>
        <source>f′(x) = 1 if |x| &gt; λ, else 0</source>
        <translation>f′(x) = 1 für |x| &gt; λ, sonst 0</translation>
    </message>
    <message>
        <source>Soft thresholding: every input moves λ towards zero, and the ones closer than λ become exactly zero. It is the proximal step of the L1 penalty, so it appears wherever a sparse answer is wanted: wavelet denoising (Donoho, 1995), the ISTA algorithm and its learned unrolling LISTA (Gregor and LeCun, 2010). As a hidden-layer activation it is rare; its dead zone passes no gradient. At the corners x = ±λ PyTorch&apos;s autograd returns 0, and so do we.</source>
        <translation>Weiches Schwellen (Soft Thresholding): Jede Eingabe rückt um λ näher an null, und alle, die näher als λ liegen, werden genau null. Das ist der proximale Schritt der L1-Strafe, daher taucht sie überall auf, wo eine dünnbesetzte Lösung gesucht ist: beim Entrauschen mit Wavelets (Donoho, 1995), im ISTA-Algorithmus und in dessen gelernter Entfaltung LISTA (Gregor und LeCun, 2010). Als Aktivierungsfunktion einer verdeckten Schicht ist sie selten; ihre tote Zone gibt keinen Gradienten weiter. An den Knicken x = ±λ liefert PyTorchs Autograd 0, wie wir auch.</translation>
    </message>
    <message>
        <source>Hardshrink</source>
        <translation>Hardshrink</translation>
    </message>
    <message>
        <source>f(x) = x if |x| &gt; λ, else 0</source>
        <translation>f(x) = x für |x| &gt; λ, sonst 0</translation>
    </message>
    <message>
        <source>Hard thresholding: inputs closer to zero than λ are set to zero, the others pass unchanged, so the curve jumps at ±λ. It keeps large values unbiased, where softshrink shifts them, and is the keep-or-kill rule of wavelet denoising (Donoho and Johnstone, 1994) and of sparse coding. The jumps and the dead zone give no gradient to learn from. At x = ±λ the output is 0 (the inner side) and PyTorch&apos;s autograd returns derivative 0, as we do.</source>
        <translation>Hartes Schwellen (Hard Thresholding): Eingaben, die näher als λ an null liegen, werden auf null gesetzt, die anderen bleiben unverändert; die Kurve springt also bei ±λ. Große Werte bleiben unverzerrt, wo Softshrink sie verschiebt; das ist die Behalten-oder-Verwerfen-Regel des Entrauschens mit Wavelets (Donoho und Johnstone, 1994) und der dünnbesetzten Kodierung (Sparse Coding). Die Sprungstellen und die tote Zone liefern keinen Gradienten, aus dem sich lernen ließe. Bei x = ±λ ist die Ausgabe 0 (die innere Seite), und PyTorchs Autograd liefert die Ableitung 0, wie wir auch.</translation>
    </message>
    <message>
        <source>Tanhshrink</source>
        <translation>Tanhshrink</translation>
    </message>
    <message>
        <source>f(x) = x − tanh(x)</source>
        <translation>f(x) = x − tanh(x)</translation>
    </message>
    <message>
        <source>f′(x) = tanh²(x)</source>
        <translation>f′(x) = tanh²(x)</translation>
    </message>
    <message>
        <source>What is left of x after tanh has taken its share: near zero it is tiny (about x³/3, flat to third order), far out it is x ∓ 1. So it is a smooth shrinkage, a soft cousin of softshrink: small inputs are suppressed, large ones pass shifted by 1. The flat middle means small inputs barely get a gradient (f′ = tanh² ≈ x²). It comes from the original Torch library&apos;s nn package (Collobert, Kavukcuoglu and Farabet, 2011) and is rarely used in modern networks. It is smooth everywhere, so there is no point where the derivative is undefined.</source>
        <translation>Was von x übrig bleibt, nachdem tanh seinen Anteil genommen hat: Nahe null ist es winzig (etwa x³/3, flach bis zur dritten Ordnung), weit draußen ist es x ∓ 1. Sie ist also eine glatte Schrumpfung, eine weiche Verwandte von Softshrink: Kleine Eingaben werden unterdrückt, große um 1 verschoben durchgelassen. Die flache Mitte bedeutet, dass kleine Eingaben kaum einen Gradienten bekommen (f′ = tanh² ≈ x²). Sie stammt aus dem nn-Paket der ursprünglichen Torch-Bibliothek (Collobert, Kavukcuoglu und Farabet, 2011) und wird in modernen Netzen selten verwendet. Sie ist überall glatt; es gibt also keine Stelle, an der die Ableitung nicht definiert ist.</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>f(x) = x · Φ(x) = x · ½(1 + erf(x/√2))&lt;br&gt;tanh form: ½x(1 + tanh(√(2/π)(x + 0.044715x&lt;sup&gt;3&lt;/sup&gt;)))</source>
        <translation>f(x) = x · Φ(x) = x · ½(1 + erf(x/√2))&lt;br&gt;tanh-Form: ½x(1 + tanh(√(2/π)(x + 0,044715x&lt;sup&gt;3&lt;/sup&gt;)))</translation>
    </message>
    <message>
        <source>f′(x) = Φ(x) + x · φ(x), φ(x) = e&lt;sup&gt;−x²/2&lt;/sup&gt;/√(2π)</source>
        <translation>f′(x) = Φ(x) + x · φ(x) mit φ(x) = e&lt;sup&gt;−x²/2&lt;/sup&gt;/√(2π)</translation>
    </message>
    <message>
        <source>The Gaussian Error Linear Unit weighs its input by the probability Φ(x) that a standard normal variable falls below it: large positive inputs pass almost unchanged, large negative ones are switched off, and in between the gate opens smoothly. It is the activation of BERT, GPT and most Transformers. Unlike ReLU it is smooth and has a small dip below zero (minimum ≈ −0.17 near x ≈ −0.75), so it is not monotonic, and negative inputs still pass a little gradient. It costs more than ReLU: the exact form needs the error function, hence the tanh approximation, which differs from it by less than 5e-4. Hendrycks and Gimpel, 2016.</source>
        <translation>Die Gaussian Error Linear Unit gewichtet ihre Eingabe mit der Wahrscheinlichkeit Φ(x), dass eine standardnormalverteilte Zufallsvariable darunter liegt: Große positive Eingaben passieren fast unverändert, große negative werden abgeschaltet, und dazwischen öffnet sich das Gate glatt. Sie ist die Aktivierungsfunktion von BERT, GPT und den meisten Transformern. Anders als ReLU ist sie glatt und hat eine kleine Senke unter null (Minimum ≈ −0,17 bei x ≈ −0,75); sie ist also nicht monoton, und negative Eingaben geben noch etwas Gradient weiter. Sie kostet mehr als ReLU: Die exakte Form braucht die Fehlerfunktion, daher die tanh-Näherung, die um weniger als 5·10⁻⁴ von ihr abweicht. Hendrycks und Gimpel, 2016.</translation>
    </message>
    <message>
        <source>SiLU</source>
        <translation>SiLU</translation>
    </message>
    <message>
        <source>f(x) = x · σ(x) = x / (1 + e&lt;sup&gt;−x&lt;/sup&gt;)</source>
        <translation>f(x) = x · σ(x) = x / (1 + e&lt;sup&gt;−x&lt;/sup&gt;)</translation>
    </message>
    <message>
        <source>f′(x) = σ(x) · (1 + x · (1 − σ(x)))</source>
        <translation>f′(x) = σ(x) · (1 + x · (1 − σ(x)))</translation>
    </message>
    <message>
        <source>The Sigmoid-weighted Linear Unit gates its input by its own sigmoid: x · σ(x). It behaves like ReLU far from zero (x on the right, 0 on the left) but is smooth, dips to about −0.28 near x ≈ −1.28 and so is not monotonic, and keeps a small gradient for negative inputs, so units do not die the way ReLU units can. Elfwing, Uchibe and Doya proposed it in 2017 for reinforcement learning; the same year Ramachandran et al. found it by automated search and called it Swish. It is used in EfficientNet, YOLO and many language models (inside SwiGLU). It costs an exponential per element.</source>
        <translation>Die Sigmoid-weighted Linear Unit gewichtet ihre Eingabe mit deren eigener Sigmoidfunktion: x · σ(x). Weit weg von null verhält sie sich wie ReLU (rechts x, links 0), ist aber glatt, taucht bei x ≈ −1,28 bis etwa −0,28 ab und ist deshalb nicht monoton; für negative Eingaben behält sie einen kleinen Gradienten, sodass Neuronen nicht sterben, wie es ReLU-Neuronen können. Elfwing, Uchibe und Doya schlugen sie 2017 für bestärkendes Lernen vor; im selben Jahr fanden Ramachandran et al. sie durch eine automatisierte Suche und nannten sie Swish. Sie steckt in EfficientNet, YOLO und vielen Sprachmodellen (in SwiGLU). Sie kostet eine Exponentialfunktion pro Element.</translation>
    </message>
    <message>
        <source>Swish</source>
        <translation>Swish</translation>
    </message>
    <message>
        <source>f(x) = x · σ(βx)</source>
        <translation>f(x) = x · σ(βx)</translation>
    </message>
    <message>
        <source>f′(x) = σ(βx) · (1 + βx · (1 − σ(βx)))</source>
        <translation>f′(x) = σ(βx) · (1 + βx · (1 − σ(βx)))</translation>
    </message>
    <message>
        <source>Swish adds a sharpness β to SiLU: x · σ(βx). It interpolates between a straight line (β → 0 gives x/2) and ReLU (β → ∞), and can be learned per channel. Ramachandran, Zoph and Le (2017) found it with an automated search over activation functions, where it beat ReLU on deep image and translation models. The minimum is −0.278/β, at x ≈ −1.28/β. Like SiLU it is smooth, not monotonic, and never fully blocks the gradient.</source>
        <translation>Swish ergänzt SiLU um eine Schärfe β: x · σ(βx). Sie interpoliert zwischen einer Geraden (β → 0 ergibt x/2) und ReLU (β → ∞) und kann pro Kanal gelernt werden. Ramachandran, Zoph und Le (2017) fanden sie mit einer automatisierten Suche über Aktivierungsfunktionen, in der sie ReLU bei tiefen Bild- und Übersetzungsmodellen schlug. Das Minimum ist −0,278/β, bei x ≈ −1,28/β. Wie SiLU ist sie glatt, nicht monoton und blockiert den Gradienten nie ganz.</translation>
    </message>
    <message>
        <source>Mish</source>
        <translation>Mish</translation>
    </message>
    <message>
        <source>f(x) = x · tanh(softplus(x)) = x · tanh(ln(1 + e&lt;sup&gt;x&lt;/sup&gt;))</source>
        <translation>f(x) = x · tanh(softplus(x)) = x · tanh(ln(1 + e&lt;sup&gt;x&lt;/sup&gt;))</translation>
    </message>
    <message>
        <source>f′(x) = tanh(sp(x)) + x · σ(x) · (1 − tanh²(sp(x))), sp = softplus</source>
        <translation>f′(x) = tanh(sp(x)) + x · σ(x) · (1 − tanh²(sp(x))) mit sp = softplus</translation>
    </message>
    <message>
        <source>Mish gates x by tanh(softplus(x)): a close cousin of SiLU with a slightly deeper dip (minimum ≈ −0.31 near x ≈ −1.19) and a gate that opens a little more smoothly. Misra (2019) reported small accuracy gains over Swish and ReLU in image classification, and it became the activation of YOLOv4&apos;s backbone. Like SiLU it is smooth, unbounded above, bounded below, not monotonic, and keeps some gradient for negative inputs. It is among the more expensive activations: an exponential, a logarithm and a tanh in its textbook form.</source>
        <translation>Mish gewichtet x mit dem Gate tanh(softplus(x)): eine enge Verwandte von SiLU mit etwas tieferer Senke (Minimum ≈ −0,31 bei x ≈ −1,19) und einem Gate, das sich etwas glatter öffnet. Misra (2019) berichtete von kleinen Genauigkeitsgewinnen gegenüber Swish und ReLU bei der Bildklassifikation, und sie wurde zur Aktivierungsfunktion des Backbones von YOLOv4. Wie SiLU ist sie glatt, nach oben unbeschränkt, nach unten beschränkt, nicht monoton und behält für negative Eingaben etwas Gradient. Sie gehört zu den teureren Aktivierungsfunktionen: In ihrer Lehrbuchform braucht sie eine Exponentialfunktion, einen Logarithmus und einen tanh.</translation>
    </message>
    <message>
        <source>Softplus</source>
        <extracomment>A switch whose jump is at most this fraction of max(1, |x|) is reported as a kink, not a jump: at the default threshold the drop is 2e-9, and breaking the line there would mislead.</extracomment>
        <translation>Softplus</translation>
    </message>
    <message>
        <source>f(x) = (1/β) · ln(1 + e&lt;sup&gt;βx&lt;/sup&gt;), and x where βx &gt; threshold</source>
        <translation>f(x) = (1/β) · ln(1 + e&lt;sup&gt;βx&lt;/sup&gt;), für βx &gt; threshold aber x</translation>
    </message>
    <message>
        <source>f′(x) = σ(βx), and 1 where βx &gt; threshold</source>
        <translation>f′(x) = σ(βx), für βx &gt; threshold aber 1</translation>
    </message>
    <message>
        <source>A smooth ReLU: ln(1 + eˣ) is close to 0 on the left and close to x on the right, and its derivative is exactly the sigmoid. Dugas et al. (2001) proposed it; Glorot, Bordes and Bengio (2011) found the exact zeros of ReLU trained better, but softplus is still the standard way to make a network output positive (a variance, a rate). β sharpens it towards ReLU. Mathematically it is smooth and strictly increasing. Like PyTorch, though, we return x itself once βx exceeds the threshold, a shortcut that saves the exponential where the two differ by less than exp(−threshold)/β. At that switch the curve drops by ln(1 + exp(−threshold))/β (2e-9 at the defaults) and f′ steps from σ(threshold) to 1, so the curve actually computed is neither smooth nor monotonic there, and the properties table says so. Lower the threshold to see the jump.</source>
        <translation>Eine glatte ReLU: ln(1 + eˣ) liegt links nahe 0 und rechts nahe x, und ihre Ableitung ist genau die Sigmoidfunktion. Dugas et al. (2001) schlugen sie vor; Glorot, Bordes und Bengio (2011) fanden, dass die exakten Nullen der ReLU besser trainieren, doch Softplus ist weiterhin der übliche Weg, eine Netzausgabe positiv zu machen (eine Varianz, eine Rate). β schärft sie in Richtung ReLU. Mathematisch ist sie glatt und streng monoton wachsend. Wie PyTorch geben wir jedoch x selbst zurück, sobald βx den Schwellenwert threshold übersteigt: eine Abkürzung, die die Exponentialfunktion dort spart, wo sich beide um weniger als exp(−threshold)/β unterscheiden. An dieser Umschaltstelle fällt die Kurve um ln(1 + exp(−threshold))/β (2·10⁻⁹ bei den Standardwerten), und f′ springt von σ(threshold) auf 1; die tatsächlich berechnete Kurve ist dort also weder glatt noch monoton, und die Tabelle der Eigenschaften sagt das auch. Mit einem kleineren Schwellenwert wird der Sprung sichtbar.</translation>
    </message>
    <message>
        <source>Squareplus</source>
        <translation>Squareplus</translation>
    </message>
    <message>
        <source>f(x) = (x + √(x&lt;sup&gt;2&lt;/sup&gt; + b)) / 2</source>
        <translation>f(x) = (x + √(x&lt;sup&gt;2&lt;/sup&gt; + b)) / 2</translation>
    </message>
    <message>
        <source>f′(x) = (1 + x / √(x&lt;sup&gt;2&lt;/sup&gt; + b)) / 2</source>
        <translation>f′(x) = (1 + x / √(x&lt;sup&gt;2&lt;/sup&gt; + b)) / 2</translation>
    </message>
    <message>
        <source>Softplus&apos;s shape from algebra alone: (x + √(x² + b))/2 needs a square root instead of an exponential and a logarithm, so it is cheaper, especially on hardware without fast transcendental functions. It approaches 0 on the left more slowly than softplus (like b/(4|x|) instead of eˣ) and x on the right. b sets how round the corner is: f(0) = √b/2, and b → 0 gives ReLU. Barron, 2021.</source>
        <translation>Die Form von Softplus, allein mit Algebra: (x + √(x² + b))/2 braucht eine Quadratwurzel statt einer Exponentialfunktion und eines Logarithmus und ist daher billiger, besonders auf Hardware ohne schnelle transzendente Funktionen. Links nähert sie sich 0 langsamer als Softplus (wie b/(4|x|) statt wie eˣ), rechts nähert sie sich x. b bestimmt, wie stark der Knick abgerundet ist: f(0) = √b/2, und b → 0 ergibt ReLU. Barron, 2021.</translation>
    </message>
    <message>
        <source>You typed this activation; sympy derived f′ exactly from it. Its properties above are estimated numerically at the current parameters, over x from −10⁶ to 10⁶ (a formula can change beyond what any sampling sees), so read them as a first guess and check the plot.</source>
        <translation>Diese Aktivierungsfunktion wurde selbst eingegeben; sympy hat ihre Ableitung f′ exakt daraus bestimmt. Ihre Eigenschaften oben sind numerisch geschätzt, bei den aktuellen Parametern und für x von −10⁶ bis 10⁶ (eine Formel kann sich jenseits jeder Stichprobe noch ändern): Sie sind als erste Vermutung zu lesen und am Plot zu prüfen.</translation>
    </message>
</context>
<context>
    <name>Animation</name>
    <message>
        <source>Once</source>
        <translation>Einmal</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <source>Back and forth</source>
        <translation>Hin und zurück</translation>
    </message>
    <message>
        <source>Temperature T</source>
        <extracomment>Where ``label`` is marked for the catalogue: an activation&apos;s parameter labels are the core&apos;s (&quot;Param&quot;); a lab&apos;s own number marks its label here (&quot;Animation&quot;).</extracomment>
        <translation>Temperatur T</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <source>Activation functions</source>
        <translation>Aktivierungsfunktionen</translation>
    </message>
    <message>
        <source>f solid, f′ dashed · x from −4 to 4 · default parameters · made with actviz</source>
        <translation>f durchgezogen, f′ gestrichelt · x von −4 bis 4 · Standardparameter · erstellt mit actviz</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>{name} must be a whole number, got {value}</source>
        <translation>{name} muss eine ganze Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>{name} must be from {low} to {high}, got {value}</source>
        <translation>{name} muss zwischen {low} und {high} liegen, nicht {value}</translation>
    </message>
    <message>
        <source>{name} must be ≥ {low}, got {value}</source>
        <translation>{name} muss ≥ {low} sein, nicht {value}</translation>
    </message>
    <message>
        <source>{name} must be a number, got {value}</source>
        <translation>{name} muss eine Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>{name} must be a finite number in [{low}, {high}], got {value}</source>
        <translation>{name} muss eine endliche Zahl in [{low}; {high}] sein, nicht {value}</translation>
    </message>
    <message>
        <source>{name} must be a finite number ≥ {low}, got {value}</source>
        <translation>{name} muss eine endliche Zahl ≥ {low} sein, nicht {value}</translation>
    </message>
    <message>
        <source>unknown {name} {value}; known: {known}</source>
        <translation>unbekannter Wert {value} für {name}; bekannt sind: {known}</translation>
    </message>
    <message>
        <source>{name} must have shape {want} with n ≥ 1, got {shape}</source>
        <translation>{name} muss die Form {want} mit n ≥ 1 haben, nicht {shape}</translation>
    </message>
    <message>
        <source>{name} must have shape ({length},), got {shape}</source>
        <translation>{name} muss die Form ({length},) haben, nicht {shape}</translation>
    </message>
    <message>
        <source>{name} must be an array of numbers</source>
        <translation>{name} muss ein Feld von Zahlen sein</translation>
    </message>
    <message>
        <source>{name} must hold finite numbers only (no NaN or inf)</source>
        <translation>{name} darf nur endliche Zahlen enthalten (weder NaN noch inf)</translation>
    </message>
    <message>
        <source>y must hold finite numbers only (no NaN or inf)</source>
        <translation>y darf nur endliche Zahlen enthalten (weder NaN noch inf)</translation>
    </message>
    <message>
        <source>y must lie in [0, 1] for the bce loss</source>
        <translation>y muss für den BCE-Verlust in [0; 1] liegen</translation>
    </message>
    <message>
        <source>loss &apos;bce&apos; needs output &apos;sigmoid&apos;, got output {output}</source>
        <translation>der Verlust &apos;bce&apos; verlangt die Ausgabe &apos;sigmoid&apos;, nicht {output}</translation>
    </message>
</context>
<context>
    <name>ClassroomActions</name>
    <message>
        <source>P&amp;resentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Larger text, thicker curves, bigger markers</source>
        <translation>Größere Schrift, dickere Kurven, größere Markierungen</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Next theme</source>
        <translation>&amp;Nächstes Farbschema</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Tour</source>
        <translation>&amp;Rundgang</translation>
    </message>
    <message>
        <source>&amp;What&apos;s this?</source>
        <translation>&amp;Was ist das?</translation>
    </message>
    <message>
        <source>Click a panel to read what to try there</source>
        <translation>Einen Bereich anklicken und lesen, was sich dort ausprobieren lässt</translation>
    </message>
</context>
<context>
    <name>CurvePlotText</name>
    <message>
        <source>{curve}, {style}</source>
        <translation>{curve}, {style}</translation>
    </message>
    <message>
        <source>Pinned: {curves}.</source>
        <translation>Angeheftet: {curves}.</translation>
    </message>
    <message>
        <source>{curve} f and f′, x from {x_min} to {x_max}, y from {y_min} to {y_max}.</source>
        <translation>{curve}: f und f′, x von {x_min} bis {x_max}, y von {y_min} bis {y_max}.</translation>
    </message>
    <message>
        <source>{curve} f, x from {x_min} to {x_max}, y from {y_min} to {y_max}.</source>
        <translation>{curve}: f, x von {x_min} bis {x_max}, y von {y_min} bis {y_max}.</translation>
    </message>
    <message>
        <source>Under the cursor: {values}.</source>
        <translation>Unter dem Cursor: {values}.</translation>
    </message>
</context>
<context>
    <name>CurveStyle</name>
    <message>
        <source>dotted line</source>
        <translation>gepunktete Linie</translation>
    </message>
    <message>
        <source>dash-dot line</source>
        <translation>Strich-Punkt-Linie</translation>
    </message>
    <message>
        <source>dash-dot-dot line</source>
        <translation>Strich-Punkt-Punkt-Linie</translation>
    </message>
    <message>
        <source>long and short dashes</source>
        <translation>lange und kurze Striche</translation>
    </message>
    <message>
        <source>sparse dots</source>
        <translation>weit gesetzte Punkte</translation>
    </message>
    <message>
        <source>pairs of dashes</source>
        <translation>Strichpaare</translation>
    </message>
</context>
<context>
    <name>CustomActivationActions</name>
    <message>
        <source>&amp;New activation…</source>
        <translation>&amp;Neue Aktivierungsfunktion …</translation>
    </message>
    <message>
        <source>Type your own activation as a formula; actviz derives f′</source>
        <translation>Eine eigene Aktivierungsfunktion als Formel eingeben; actviz bestimmt die Ableitung f′</translation>
    </message>
    <message>
        <source>&amp;Edit activation…</source>
        <translation>Aktivierungsfunktion &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>D&amp;uplicate activation</source>
        <translation>Aktivierungsfunktion &amp;duplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete activation…</source>
        <translation>Aktivierungsfunktion &amp;löschen …</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Duplicate activation</source>
        <translation>Aktivierungsfunktion duplizieren</translation>
    </message>
    <message>
        <source>Delete activation</source>
        <translation>Aktivierungsfunktion löschen</translation>
    </message>
    <message>
        <source>Delete your activation “{name}”? Every panel showing it switches to ReLU.</source>
        <translation>Die eigene Aktivierungsfunktion „{name}“ löschen? Jede Ansicht, die sie zeigt, wechselt zu ReLU.</translation>
    </message>
</context>
<context>
    <name>CustomActivations</name>
    <message>
        <source>there is no formula to preview yet</source>
        <translation>es gibt noch keine Formel für die Vorschau</translation>
    </message>
    <message>
        <source>type a formula first</source>
        <translation>gib zuerst eine Formel ein</translation>
    </message>
    <message>
        <source>a custom activation called “{name}” exists already</source>
        <translation>eine eigene Aktivierungsfunktion namens „{name}“ gibt es schon</translation>
    </message>
    <message>
        <source>give the activation a name</source>
        <translation>gib der Aktivierungsfunktion einen Namen</translation>
    </message>
    <message>
        <source>names are limited to {limit} characters</source>
        <translation>Namen haben höchstens {limit} Zeichen</translation>
    </message>
    <message>
        <source>the name contains a control character</source>
        <translation>der Name enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>at most {limit} custom activations; delete one first</source>
        <translation>höchstens {limit} eigene Aktivierungsfunktionen; lösche zuerst eine</translation>
    </message>
</context>
<context>
    <name>DeepNet</name>
    <message>
        <source>The signal exploded at layer {layer} (|z| &gt; 1e150): the weights are too large for this activation. Later layers and all gradients are not shown.</source>
        <extracomment>What a blow-up says, by where it happened (English; :meth:`SimulationResult.blow_up_text`).</extracomment>
        <translation>Das Signal ist in Schicht {layer} explodiert (|z| &gt; 1e150): Die Gewichte sind für diese Aktivierungsfunktion zu groß. Spätere Schichten und alle Gradienten werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>The gradient exploded at layer {layer} (&gt; 1e150): earlier layers&apos; gradients are not shown.</source>
        <translation>Der Gradient ist in Schicht {layer} explodiert (&gt; 1e150): Die Gradienten früherer Schichten werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>f or f′ is undefined for some inputs of layer {layer} (a gap in the typed formula): later layers and all gradients are not shown.</source>
        <translation>f oder f′ ist für einige Eingaben der Schicht {layer} undefiniert (eine Lücke in der eingegebenen Formel): Spätere Schichten und alle Gradienten werden nicht gezeigt.</translation>
    </message>
    <message>
        <source>{name} must be a whole number from {lo} to {hi}, got {value}</source>
        <extracomment>Where it happened: &quot;signal&quot; (forward) or &quot;gradient&quot; (backward), and the 1-based layer.</extracomment>
        <translation>{name} muss eine ganze Zahl von {lo} bis {hi} sein, nicht {value}</translation>
    </message>
    <message>
        <source>{name} must be from {lo} to {hi}, got {value}</source>
        <translation>{name} muss zwischen {lo} und {hi} liegen, nicht {value}</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>die Tiefe</translation>
    </message>
    <message>
        <source>width</source>
        <translation>die Breite</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>die Batchgröße</translation>
    </message>
    <message>
        <source>bins</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>the seed must be a whole number ≥ 0, got {seed}</source>
        <translation>der Seed muss eine ganze Zahl ≥ 0 sein, nicht {seed}</translation>
    </message>
</context>
<context>
    <name>DeepNetPreset</name>
    <message>
        <source>ReLU + He</source>
        <translation>ReLU + He</translation>
    </message>
    <message>
        <source>Notice: the activation std stays level through all 50 layers. He&apos;s weight variance 2/fan_in makes up for ReLU zeroing half of each layer&apos;s input (He et al. 2015).</source>
        <translation>Beobachten: Die Standardabweichung der Aktivierungen bleibt über alle 50 Schichten gleich. Die Gewichtsvarianz 2/fan_in nach He gleicht aus, dass ReLU die Hälfte der Eingabe jeder Schicht auf null setzt (He et al. 2015).</translation>
    </message>
    <message>
        <source>ReLU + Xavier</source>
        <translation>ReLU + Xavier</translation>
    </message>
    <message>
        <source>Notice: with Xavier weights ReLU halves the second moment at every layer, so by layer 50 the signal is about 10⁻⁷ of its start and the gradients shrink with it.</source>
        <translation>Beobachten: Mit Xavier-Gewichten halbiert ReLU das zweite Moment in jeder Schicht, sodass das Signal in Schicht 50 nur noch etwa 10⁻⁷ seines Anfangswerts beträgt und die Gradienten mit ihm schrumpfen.</translation>
    </message>
    <message>
        <source>tanh, weights std 0.01</source>
        <translation>tanh, Gewichte mit σ = 0,01</translation>
    </message>
    <message>
        <source>Notice: the activations collapse towards 0 within 10 layers (each layer scales the std by 0.01·√500 ≈ 0.22) and the histograms become spikes at 0 (CS231n).</source>
        <translation>Beobachten: Die Aktivierungen fallen innerhalb von 10 Schichten gegen 0 zusammen (jede Schicht skaliert die Standardabweichung mit 0,01·√500 ≈ 0,22), und die Histogramme werden zu Spitzen bei 0 (CS231n).</translation>
    </message>
    <message>
        <source>tanh, weights std 1</source>
        <translation>tanh, Gewichte mit σ = 1</translation>
    </message>
    <message>
        <source>Notice: about 90 % of the units are saturated: the histograms pile up at −1 and +1, where f′ ≈ 0. The weights are far too large, so what gradient does pass grows towards the first layer instead: unstable either way (CS231n).</source>
        <translation>Beobachten: Etwa 90 % der Neuronen sind gesättigt: Die Histogramme häufen sich bei −1 und +1, wo f′ ≈ 0 ist. Die Gewichte sind viel zu groß, daher wächst der Gradient, der noch durchkommt, stattdessen zur ersten Schicht hin: instabil in beiden Fällen (CS231n).</translation>
    </message>
    <message>
        <source>SELU + LeCun</source>
        <translation>SELU + LeCun</translation>
    </message>
    <message>
        <source>Notice: SELU with LeCun-normal weights keeps every layer near mean 0 and std 1 with no normalisation layers: it is self-normalising (Klambauer et al. 2017).</source>
        <translation>Beobachten: SELU mit LeCun-normalverteilten Gewichten hält jede Schicht nahe Mittelwert 0 und Standardabweichung 1, ganz ohne Normalisierungsschichten: Sie ist selbstnormalisierend (Klambauer et al. 2017).</translation>
    </message>
    <message>
        <source>Sigmoid: vanishing gradients</source>
        <translation>Sigmoid: verschwindende Gradienten</translation>
    </message>
    <message>
        <source>Notice: on the log-scale gradient plot, sigmoid&apos;s gradient falls by orders of magnitude from the last layer to the first (σ′ ≤ 1/4 at every layer); tanh, drawn for comparison with the same weights, loses far less.</source>
        <translation>Beobachten: Im logarithmischen Gradienten-Plot fällt der Gradient der Sigmoid von der letzten zur ersten Schicht um Größenordnungen (σ′ ≤ 1/4 in jeder Schicht); tanh, zum Vergleich mit denselben Gewichten gezeichnet, verliert weit weniger.</translation>
    </message>
    <message>
        <source>Narrow deep ReLU: dying units</source>
        <translation>Schmale tiefe ReLU: sterbende Neuronen</translation>
    </message>
    <message>
        <source>Notice: in a deep stack only 8 units wide, ReLU units die: the dead fraction climbs to half or more of a layer (z &lt; 0 for every sample, so no gradient passes; Lu et al. 2019). Leaky ReLU, drawn for comparison, keeps every unit alive.</source>
        <translation>Beobachten: In einem tiefen Stapel von nur 8 Neuronen Breite sterben ReLU-Neuronen: Der Anteil toter Neuronen steigt auf die Hälfte einer Schicht oder mehr (z &lt; 0 für jede Stichprobe, daher kommt kein Gradient durch; Lu et al. 2019). Leaky ReLU, zum Vergleich gezeichnet, hält jedes Neuron am Leben.</translation>
    </message>
</context>
<context>
    <name>DeepNetText</name>
    <message>
        <source>no finite values</source>
        <translation>keine endlichen Werte</translation>
    </message>
    <message>
        <source>{start} at layer {first}, {end} at layer {last}; smallest {low} at layer {low_at}, largest {high} at layer {high_at}</source>
        <translation>{start} in Schicht {first}, {end} in Schicht {last}; kleinster Wert {low} in Schicht {low_at}, größter {high} in Schicht {high_at}</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>Noch keine Ergebnisse.</translation>
    </message>
    <message>
        <source>{name}, {depth} layers. Activation std: {std}. Gradient norm: {grad}. Dead units: {dead}. Saturated units: {saturated}.</source>
        <translation>{name}, {depth} Schichten. Standardabweichung der Aktivierungen: {std}. Gradientennorm: {grad}. Tote Neuronen: {dead}. Gesättigte Neuronen: {saturated}.</translation>
    </message>
    <message>
        <source>from {low1} to {high1} at layer {first}, {low2} to {high2} at layer {last}</source>
        <translation>von {low1} bis {high1} in Schicht {first}, {low2} bis {high2} in Schicht {last}</translation>
    </message>
    <message>
        <source>{name}, one histogram a layer for {depth} layers. Activations {act}. Gradients {grad}.</source>
        <translation>{name}, ein Histogramm je Schicht für {depth} Schichten. Aktivierungen {act}. Gradienten {grad}.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>after layer {layer}</source>
        <translation>nach Schicht {layer}</translation>
    </message>
    <message>
        <source>{where}: no finite points</source>
        <translation>{where}: keine endlichen Punkte</translation>
    </message>
    <message>
        <source>{where}: x from {x0} to {x1}, y from {y0} to {y1}</source>
        <translation>{where}: x von {x0} bis {x1}, y von {y0} bis {y1}</translation>
    </message>
    <message>
        <source>Two classes of points bent by {layers} layers of {name}.</source>
        <translation>Zwei Klassen von Punkten, gebogen durch {layers} Schichten mit {name}.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export plot as &amp;PNG…</source>
        <translation>Graph als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Save the plot as PNG</source>
        <translation>Den Graphen als PNG speichern</translation>
    </message>
    <message>
        <source>Export plot as S&amp;VG…</source>
        <translation>Graph als S&amp;VG exportieren…</translation>
    </message>
    <message>
        <source>Save the plot as SVG</source>
        <translation>Den Graphen als SVG speichern</translation>
    </message>
    <message>
        <source>Export curve &amp;data as CSV…</source>
        <translation>Kurven&amp;daten als CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the curve data as CSV</source>
        <translation>Die Kurvendaten als CSV speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>CSV data (*.csv)</source>
        <translation>CSV-Daten (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Could not export to {path}:
{error}</source>
        <translation>Export nach {path} nicht möglich:
{error}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exportiert</translation>
    </message>
</context>
<context>
    <name>Family</name>
    <message>
        <source>Classic</source>
        <translation>Klassisch</translation>
    </message>
    <message>
        <source>ReLU family</source>
        <translation>ReLU-Familie</translation>
    </message>
    <message>
        <source>Smooth / gated</source>
        <translation>Glatt / mit Gate</translation>
    </message>
    <message>
        <source>Hard / piecewise</source>
        <translation>Hart / stückweise linear</translation>
    </message>
    <message>
        <source>Shrinkage</source>
        <translation>Shrinkage</translation>
    </message>
    <message>
        <source>Custom</source>
        <extracomment>The family of activations a learner types (listed after the catalogue&apos;s own).</extracomment>
        <translation>Eigene</translation>
    </message>
</context>
<context>
    <name>Formula</name>
    <message>
        <source>the formula does not depend on x (use x, the input)</source>
        <translation>die Formel hängt nicht von x ab (verwende x, die Eingabe)</translation>
    </message>
    <message>
        <source>actviz cannot differentiate this formula in closed form</source>
        <translation>actviz kann die Ableitung dieser Formel nicht geschlossen angeben</translation>
    </message>
    <message>
        <source>the derivative of this formula is too large to work with</source>
        <translation>die Ableitung dieser Formel ist zu groß, um damit zu arbeiten</translation>
    </message>
    <message>
        <source>working out this formula took longer than {seconds} s and was stopped: try a simpler one</source>
        <translation>die Berechnung dieser Formel dauerte länger als {seconds} s und wurde abgebrochen: versuche eine einfachere</translation>
    </message>
    <message>
        <source>the formula is too complicated to work with</source>
        <translation>die Formel ist zu kompliziert, um damit zu arbeiten</translation>
    </message>
    <message>
        <source>actviz could not work with this formula ({error})</source>
        <translation>actviz konnte mit dieser Formel nicht arbeiten ({error})</translation>
    </message>
    <message>
        <source>column {column}: {message}</source>
        <translation>Spalte {column}: {message}</translation>
    </message>
    <message>
        <source>actviz cannot evaluate {name} numerically</source>
        <translation>actviz kann {name} nicht numerisch auswerten</translation>
    </message>
    <message>
        <source>strings are not allowed in a formula</source>
        <translation>Zeichenketten sind in einer Formel nicht erlaubt</translation>
    </message>
    <message>
        <source>square brackets are not allowed: group with ( )</source>
        <translation>eckige Klammern sind nicht erlaubt: gruppiere mit ( )</translation>
    </message>
    <message>
        <source>braces are not allowed: group with ( )</source>
        <translation>geschweifte Klammern sind nicht erlaubt: gruppiere mit ( )</translation>
    </message>
    <message>
        <source>bitwise operators are not supported</source>
        <translation>bitweise Operatoren werden nicht unterstützt</translation>
    </message>
    <message>
        <source>type the formula on one line</source>
        <translation>schreibe die Formel in eine Zeile</translation>
    </message>
    <message>
        <source>&apos;{char}&apos; is not allowed (a formula has no lambdas, slices or annotations)</source>
        <translation>&apos;{char}&apos; ist nicht erlaubt (eine Formel hat keine Lambdas, Slices oder Annotationen)</translation>
    </message>
    <message>
        <source>&apos;{char}&apos; is not allowed: type one formula</source>
        <translation>&apos;{char}&apos; ist nicht erlaubt: gib eine einzige Formel ein</translation>
    </message>
    <message>
        <source>&apos;{char}&apos; is not allowed (a formula has no comments)</source>
        <translation>&apos;{char}&apos; ist nicht erlaubt (eine Formel hat keine Kommentare)</translation>
    </message>
    <message>
        <source>&apos;{char}&apos; (remainder) is not supported</source>
        <translation>&apos;{char}&apos; (Rest) wird nicht unterstützt</translation>
    </message>
    <message>
        <source>&apos;{char}&apos; is not allowed: compare with &lt;, &lt;=, &gt; or &gt;= inside where(condition, a, b)</source>
        <translation>&apos;{char}&apos; ist nicht erlaubt: vergleiche mit &lt;, &lt;=, &gt; oder &gt;= innerhalb von where(Bedingung, a, b)</translation>
    </message>
    <message>
        <source>&apos;{char}&apos; is not allowed: use where(condition, a, b)</source>
        <translation>&apos;{char}&apos; ist nicht erlaubt: verwende where(Bedingung, a, b)</translation>
    </message>
    <message>
        <source>the text contains a NUL character</source>
        <translation>der Text enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>a formula is text, not {kind}</source>
        <translation>eine Formel ist Text, nicht {kind}</translation>
    </message>
    <message>
        <source>the formula is {length} characters long; at most {limit} are allowed</source>
        <translation>die Formel ist {length} Zeichen lang; erlaubt sind höchstens {limit}</translation>
    </message>
    <message>
        <source>type a formula in x, such as x * sigmoid(x)</source>
        <translation>gib eine Formel in x ein, etwa x * sigmoid(x)</translation>
    </message>
    <message>
        <source>the text contains an invisible control character ({code})</source>
        <translation>der Text enthält ein unsichtbares Steuerzeichen ({code})</translation>
    </message>
    <message>
        <source>&apos;{char}&apos; is not allowed: use plain letters and type Greek names in letters (beta, gamma)</source>
        <translation>&apos;{char}&apos; ist nicht erlaubt: verwende einfache Buchstaben und schreibe griechische Namen aus (beta, gamma)</translation>
    </message>
    <message>
        <source>&apos;{char}&apos; is not allowed in a formula</source>
        <translation>&apos;{char}&apos; ist in einer Formel nicht erlaubt</translation>
    </message>
    <message>
        <source>brackets are nested more than {limit} deep</source>
        <translation>Klammern sind mehr als {limit} Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>this &apos;)&apos; closes no &apos;(&apos;</source>
        <translation>diese &apos;)&apos; schließt keine &apos;(&apos;</translation>
    </message>
    <message>
        <source>this &apos;(&apos; is never closed</source>
        <translation>diese &apos;(&apos; wird nie geschlossen</translation>
    </message>
    <message>
        <source>attribute access (&apos;.name&apos;) is not allowed</source>
        <translation>Attributzugriffe (&apos;.name&apos;) sind nicht erlaubt</translation>
    </message>
    <message>
        <source>subscripts (&apos;[...]&apos;) are not allowed</source>
        <translation>Indizierungen (&apos;[...]&apos;) sind nicht erlaubt</translation>
    </message>
    <message>
        <source>lambdas are not allowed</source>
        <translation>Lambdas sind nicht erlaubt</translation>
    </message>
    <message>
        <source>comprehensions are not allowed</source>
        <translation>Comprehensions sind nicht erlaubt</translation>
    </message>
    <message>
        <source>f-strings are not allowed</source>
        <translation>f-Strings sind nicht erlaubt</translation>
    </message>
    <message>
        <source>&apos;and&apos; and &apos;or&apos; are not supported: use where(condition, a, b)</source>
        <translation>&apos;and&apos; und &apos;or&apos; werden nicht unterstützt: verwende where(Bedingung, a, b)</translation>
    </message>
    <message>
        <source>&apos;a if c else b&apos; is not supported: write where(c, a, b)</source>
        <translation>&apos;a if c else b&apos; wird nicht unterstützt: schreibe where(c, a, b)</translation>
    </message>
    <message>
        <source>a comparison can only be the condition of where(condition, a, b)</source>
        <translation>ein Vergleich kann nur die Bedingung von where(Bedingung, a, b) sein</translation>
    </message>
    <message>
        <source>a formula is one expression (is there a comma outside a function call?)</source>
        <translation>eine Formel ist ein einziger Ausdruck (steht ein Komma außerhalb eines Funktionsaufrufs?)</translation>
    </message>
    <message>
        <source>lists are not allowed</source>
        <translation>Listen sind nicht erlaubt</translation>
    </message>
    <message>
        <source>sets are not allowed</source>
        <translation>Mengen sind nicht erlaubt</translation>
    </message>
    <message>
        <source>dictionaries are not allowed</source>
        <translation>Wörterbücher sind nicht erlaubt</translation>
    </message>
    <message>
        <source>&apos;:=&apos; is not allowed</source>
        <translation>&apos;:=&apos; ist nicht erlaubt</translation>
    </message>
    <message>
        <source>&apos;*&apos; unpacking is not allowed</source>
        <translation>Entpacken mit &apos;*&apos; ist nicht erlaubt</translation>
    </message>
    <message>
        <source>&apos;await&apos; is not allowed</source>
        <translation>&apos;await&apos; ist nicht erlaubt</translation>
    </message>
    <message>
        <source>&apos;yield&apos; is not allowed</source>
        <translation>&apos;yield&apos; ist nicht erlaubt</translation>
    </message>
    <message>
        <source>&apos;%&apos; (remainder) is not supported</source>
        <translation>&apos;%&apos; (Rest) wird nicht unterstützt</translation>
    </message>
    <message>
        <source>&apos;//&apos; (floor division) is not supported: use /</source>
        <translation>&apos;//&apos; (ganzzahlige Division) wird nicht unterstützt: verwende /</translation>
    </message>
    <message>
        <source>&apos;@&apos; is not allowed</source>
        <translation>&apos;@&apos; ist nicht erlaubt</translation>
    </message>
    <message>
        <source>bit shifts are not supported</source>
        <translation>Bitverschiebungen werden nicht unterstützt</translation>
    </message>
    <message>
        <source>&apos;not&apos; is not supported</source>
        <translation>&apos;not&apos; wird nicht unterstützt</translation>
    </message>
    <message>
        <source>&apos;~&apos; is not supported</source>
        <translation>&apos;~&apos; wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the formula is too complicated to read</source>
        <translation>die Formel ist zu kompliziert, um sie zu lesen</translation>
    </message>
    <message>
        <source>the formula has too many parts ({count}; at most {limit})</source>
        <translation>die Formel hat zu viele Teile ({count}; höchstens {limit})</translation>
    </message>
    <message>
        <source>the formula is nested too deeply (more than {limit} levels)</source>
        <translation>die Formel ist zu tief verschachtelt (mehr als {limit} Ebenen)</translation>
    </message>
    <message>
        <source>&apos;{what}&apos; is not allowed</source>
        <translation>&apos;{what}&apos; ist nicht erlaubt</translation>
    </message>
    <message>
        <source>this part cannot be computed ({error})</source>
        <translation>dieser Teil lässt sich nicht berechnen ({error})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>&apos;{value}&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>complex numbers are not supported</source>
        <translation>komplexe Zahlen werden nicht unterstützt</translation>
    </message>
    <message>
        <source>only numbers are allowed here</source>
        <translation>hier sind nur Zahlen erlaubt</translation>
    </message>
    <message>
        <source>numbers are limited to ±{limit}</source>
        <translation>Zahlen sind auf ±{limit} beschränkt</translation>
    </message>
    <message>
        <source>numbers closer to 0 than {limit} are not supported</source>
        <translation>Zahlen, die näher an 0 liegen als {limit}, werden nicht unterstützt</translation>
    </message>
    <message>
        <source>names starting or ending with &apos;_&apos; are not allowed</source>
        <translation>Namen, die mit &apos;_&apos; beginnen oder enden, sind nicht erlaubt</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a function: write {name}(...)</source>
        <translation>&apos;{name}&apos; ist eine Funktion: schreibe {name}(...)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a parameter name (letters, digits and &apos;_&apos;)</source>
        <translation>&apos;{name}&apos; ist kein Parametername (Buchstaben, Ziffern und &apos;_&apos;)</translation>
    </message>
    <message>
        <source>parameter names are limited to {limit} characters</source>
        <translation>Parameternamen haben höchstens {limit} Zeichen</translation>
    </message>
    <message>
        <source>at most {limit} parameters are allowed</source>
        <translation>erlaubt sind höchstens {limit} Parameter</translation>
    </message>
    <message>
        <source>this operator is not supported</source>
        <translation>dieser Operator wird nicht unterstützt</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>Division durch null</translation>
    </message>
    <message>
        <source>powers are limited to exponents within ±{limit}</source>
        <translation>Potenzen sind auf Exponenten innerhalb von ±{limit} beschränkt</translation>
    </message>
    <message>
        <source>division by zero (0 to a negative power)</source>
        <translation>Division durch null (0 hoch eine negative Zahl)</translation>
    </message>
    <message>
        <source>only the listed functions can be called, by name</source>
        <translation>nur die aufgeführten Funktionen können aufgerufen werden, mit ihrem Namen</translation>
    </message>
    <message>
        <source>keyword arguments are not allowed</source>
        <translation>Schlüsselwortargumente sind nicht erlaubt</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a function actviz knows (known: {known})</source>
        <translation>&apos;{name}&apos; ist keine Funktion, die actviz kennt (bekannt: {known})</translation>
    </message>
    <message>
        <source>{name} takes {arity} argument(s), not {count}</source>
        <translation>{name} nimmt {arity} Argument(e), nicht {count}</translation>
    </message>
    <message>
        <source>where takes 3 arguments: where(condition, value if true, otherwise)</source>
        <translation>where nimmt 3 Argumente: where(Bedingung, Wert wenn wahr, sonst)</translation>
    </message>
    <message>
        <source>the first argument of where is a comparison, such as x &gt; 0</source>
        <translation>das erste Argument von where ist ein Vergleich, etwa x &gt; 0</translation>
    </message>
    <message>
        <source>one comparison per where (nest where for more)</source>
        <translation>ein Vergleich pro where (für mehr where verschachteln)</translation>
    </message>
    <message>
        <source>compare with &lt;, &lt;=, &gt; or &gt;= (== and != are not supported)</source>
        <translation>vergleiche mit &lt;, &lt;=, &gt; oder &gt;= (== und != werden nicht unterstützt)</translation>
    </message>
    <message>
        <source>this part is undefined (a division by zero?)</source>
        <translation>dieser Teil ist undefiniert (eine Division durch null?)</translation>
    </message>
    <message>
        <source>a number here is too large to work with</source>
        <translation>eine Zahl hier ist zu groß, um damit zu arbeiten</translation>
    </message>
    <message>
        <source>this part is not a real number</source>
        <translation>dieser Teil ist keine reelle Zahl</translation>
    </message>
    <message>
        <source>a number cannot run into a name: write 2*x for a product</source>
        <translation>eine Zahl kann nicht direkt in einen Namen übergehen: schreibe 2*x für ein Produkt</translation>
    </message>
    <message>
        <source>the formula stops too early: something is missing at the end</source>
        <translation>die Formel hört zu früh auf: am Ende fehlt etwas</translation>
    </message>
    <message>
        <source>two values with nothing between them: is an operator such as * missing?</source>
        <translation>zwei Werte ohne etwas dazwischen: fehlt ein Operator wie *?</translation>
    </message>
    <message>
        <source>&apos;{char}&apos; is not expected here</source>
        <translation>&apos;{char}&apos; ist hier nicht erwartet</translation>
    </message>
    <message>
        <source>Python cannot read this: {reason}</source>
        <translation>Python kann das nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>Write f in terms of x with + − * / and ^ (or **) for powers. Functions: {functions}, where(condition, a, b) with a condition such as x &gt; 0. Constants: pi, e. Any other name (a, beta, ...) is a parameter with its own slider; at most {limit}.</source>
        <translation>f als Ausdruck in x schreiben, mit + − * / und ^ (oder **) für Potenzen. Funktionen: {functions}, where(Bedingung, a, b) mit einer Bedingung wie x &gt; 0. Konstanten: pi, e. Jeder andere Name (a, beta, ...) ist ein Parameter mit eigenem Schieberegler; höchstens {limit}.</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Activation functions</source>
        <translation>Aktivierungsfunktionen</translation>
    </message>
    <message>
        <source>Each activation on its own page: the plot of f (solid) and its derivative f′ (dashed) for x from −5 to 5 at the default parameters, the formulas, the parameters, the properties and what to notice.</source>
        <translation>Jede Aktivierungsfunktion auf einer eigenen Seite: der Graph von f (durchgezogen) und ihrer Ableitung f′ (gestrichelt) für x von −5 bis 5 bei den Standardparametern, die Formeln, die Parameter, die Eigenschaften und worauf zu achten ist.</translation>
    </message>
    <message>
        <source>Made with actviz {version} on {date}.</source>
        <translation>Erstellt mit actviz {version} am {date}.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>{range}, default {default}</source>
        <translation>{range}, Standardwert {default}</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Erläuterungen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>Deep network</source>
        <translation>Tiefes Netz</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <source>Neuron playground</source>
        <translation>Neuron-Spielwiese</translation>
    </message>
    <message>
        <source>&amp;Default view</source>
        <translation>S&amp;tandardansicht</translation>
    </message>
    <message>
        <source>Restore the zoom</source>
        <translation>Den Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom into the plot</source>
        <translation>In den Plot hineinzoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom out of the plot</source>
        <translation>Aus dem Plot herauszoomen</translation>
    </message>
    <message>
        <source>&amp;Pin current curve</source>
        <translation>Aktuelle Kurve an&amp;heften</translation>
    </message>
    <message>
        <source>Keep this curve</source>
        <translation>Diese Kurve zum Vergleich behalten</translation>
    </message>
    <message>
        <source>Show &amp;derivative f′</source>
        <translation>&amp;Ableitung f′ zeigen</translation>
    </message>
    <message>
        <source>Show f′</source>
        <translation>Die Ableitung f′ zeigen</translation>
    </message>
    <message>
        <source>&amp;Neuron playground</source>
        <translation>&amp;Neuron-Spielwiese</translation>
    </message>
    <message>
        <source>One neuron, forward and backward</source>
        <translation>Ein Neuron, vorwärts und rückwärts</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit actviz</source>
        <translation>actviz beenden</translation>
    </message>
    <message>
        <source>&amp;About actviz</source>
        <translation>Ü&amp;ber actviz</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>About actviz</source>
        <translation>Über actviz</translation>
    </message>
    <message>
        <source>&lt;h3&gt;actviz {version}&lt;/h3&gt;&lt;p&gt;See and touch neural-network activation functions: curves and derivatives, a neuron, softmax and deep stacks.&lt;/p&gt;&lt;p&gt;Built with PySide6 (Qt), pyqtgraph, numpy and scipy. MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;actviz {version}&lt;/h3&gt;&lt;p&gt;Aktivierungsfunktionen neuronaler Netze sehen und anfassen: Kurven und Ableitungen, ein Neuron, Softmax und tiefe Stapel.&lt;/p&gt;&lt;p&gt;Erstellt mit PySide6 (Qt), pyqtgraph, numpy und scipy. MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Neuron</name>
    <message>
        <source>{name} must be numbers, got {values}</source>
        <extracomment>torch clamps each log in binary_cross_entropy at -100 (log of a probability that rounded to 0). torch&apos;s floor for a (1 - a) in the gradient of binary_cross_entropy. |f&apos;(z)| below this is &quot;no gradient&quot; for the diagnosis.</extracomment>
        <translation>{name} muss aus Zahlen bestehen, nicht {values}</translation>
    </message>
    <message>
        <source>{name} must be a 1-D list of numbers, got shape {shape}</source>
        <translation>{name} muss eine eindimensionale Liste von Zahlen sein, nicht ein Feld der Form {shape}</translation>
    </message>
    <message>
        <source>{name} must hold at least one number</source>
        <translation>{name} muss mindestens eine Zahl enthalten</translation>
    </message>
    <message>
        <source>{name} must be finite (no NaN or infinity), got {values}</source>
        <translation>{name} muss endlich sein (weder NaN noch unendlich), nicht {values}</translation>
    </message>
    <message>
        <source>{name} must be a finite number, got {value}</source>
        <translation>{name} muss eine endliche Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>target</source>
        <translation>der Zielwert</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <source>a</source>
        <translation>a</translation>
    </message>
    <message>
        <source>loss kind must be one of {kinds}, got {kind}</source>
        <translation>die Verlustfunktion muss eine von {kinds} sein, nicht {kind}</translation>
    </message>
    <message>
        <source>x and w must have the same length, got {x} and {w}</source>
        <translation>x und w müssen gleich lang sein, haben aber die Längen {x} und {w}</translation>
    </message>
    <message>
        <source>upstream gradient dL/da</source>
        <translation>der eingehende Gradient dL/da</translation>
    </message>
    <message>
        <source>z = w·x + b overflowed; use smaller inputs or weights</source>
        <translation>z = w·x + b ist übergelaufen; kleinere Eingaben oder Gewichte wählen</translation>
    </message>
    <message>
        <source>binary cross-entropy needs an output a in [0, 1], got {a}</source>
        <translation>die binäre Kreuzentropie verlangt eine Ausgabe a in [0; 1], nicht {a}</translation>
    </message>
    <message>
        <source>binary cross-entropy needs a target in [0, 1], got {target}</source>
        <translation>die binäre Kreuzentropie verlangt einen Zielwert in [0; 1], nicht {target}</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>die Lernrate</translation>
    </message>
    <message>
        <source>the learning rate must be ≥ 0, got {rate}</source>
        <translation>die Lernrate muss ≥ 0 sein, nicht {rate}</translation>
    </message>
    <message>
        <source>the step overflowed; use a smaller learning rate</source>
        <translation>der Schritt ist übergelaufen; eine kleinere Lernrate wählen</translation>
    </message>
    <message>
        <source>{name} is undefined at z = {z} (a gap in its formula): no gradient flows back.</source>
        <translation>{name} ist bei z = {z} undefiniert (eine Lücke in der Formel): Es fließt kein Gradient zurück.</translation>
    </message>
    <message>
        <source>dL/da = 0: the output already matches (nothing to learn from this example).</source>
        <translation>dL/da = 0: Die Ausgabe stimmt schon (aus diesem Beispiel ist nichts zu lernen).</translation>
    </message>
    <message>
        <source>Move z (w, x or b) to where f is defined.</source>
        <translation>Verschiebe z (w, x oder b) dorthin, wo f definiert ist.</translation>
    </message>
    <message>
        <source>Dying ReLU: z = {z} &lt; 0, so {name} is flat here (f′(z) = {slope}). No gradient reaches w or b, so gradient descent cannot move them: the unit has stopped learning. Leaky ReLU keeps a small slope for z &lt; 0 and recovers.</source>
        <translation>Dying ReLU: z = {z} &lt; 0, also ist {name} hier flach (f′(z) = {slope}). Kein Gradient erreicht w oder b, der Gradientenabstieg kann sie also nicht bewegen: Das Neuron lernt nicht mehr. Leaky ReLU behält für z &lt; 0 eine kleine Steigung und erholt sich.</translation>
    </message>
    <message>
        <source>Saturated: |z| = {abs_z} is large, so {name} is almost flat (f′(z) = {slope}). The gradient vanishes and learning crawls. Smaller weights or a bias nearer 0 bring z back to the steep middle.</source>
        <translation>Gesättigt: |z| = {abs_z} ist groß, also ist {name} fast flach (f′(z) = {slope}). Der Gradient verschwindet, und das Lernen kommt kaum voran. Kleinere Gewichte oder ein Bias näher an 0 bringen z zurück in die steile Mitte.</translation>
    </message>
    <message>
        <source>{name} is flat at z = {z} (f′(z) = {slope}): almost no gradient flows back, so w and b barely change.</source>
        <translation>{name} ist bei z = {z} flach (f′(z) = {slope}): Fast kein Gradient fließt zurück, also ändern sich w und b kaum.</translation>
    </message>
</context>
<context>
    <name>NeuronPreset</name>
    <message>
        <source>Dying ReLU</source>
        <translation>Dying ReLU</translation>
    </message>
    <message>
        <source>ReLU with z = −2 &lt; 0: press Play and watch nothing move (f′(z) = 0).</source>
        <translation>ReLU mit z = −2 &lt; 0: „Abspielen“ drücken und zusehen, wie sich nichts bewegt (f′(z) = 0).</translation>
    </message>
    <message>
        <source>Leaky ReLU recovers</source>
        <translation>Leaky ReLU erholt sich</translation>
    </message>
    <message>
        <source>The same start with leaky ReLU (slope 0.1 for z &lt; 0): press Play and watch it learn.</source>
        <translation>Derselbe Start mit Leaky ReLU (Steigung 0,1 für z &lt; 0): „Abspielen“ drücken und zusehen, wie sie lernt.</translation>
    </message>
    <message>
        <source>Saturated sigmoid</source>
        <translation>Gesättigte Sigmoid</translation>
    </message>
    <message>
        <source>Sigmoid with z = 9: f′(z) ≈ 0.0001, so squared error learns very slowly. Try BCE.</source>
        <translation>Sigmoid mit z = 9: f′(z) ≈ 0,0001, daher lernt der quadratische Fehler sehr langsam. BCE ausprobieren.</translation>
    </message>
</context>
<context>
    <name>NeuronText</name>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>null</translation>
    </message>
    <message>
        <source>x{i} = {x} times w{i} = {w} gives {p}</source>
        <translation>x{i} = {x} mal w{i} = {w} ergibt {p}</translation>
    </message>
    <message>
        <source>Forward: {terms}; with bias b = {b}, z = {z}; a = {name}(z) = {a}.</source>
        <translation>Vorwärts: {terms}; mit Bias b = {b} ist z = {z}; a = {name}(z) = {a}.</translation>
    </message>
    <message>
        <source>{name} = {value} ({sign})</source>
        <translation>{name} = {value} ({sign})</translation>
    </message>
    <message>
        <source>Backward: {gradients}.</source>
        <translation>Rückwärts: {gradients}.</translation>
    </message>
</context>
<context>
    <name>Param</name>
    <message>
        <source>{activation} has no parameter {name} (its parameters: {known})</source>
        <translation>{activation} hat keinen Parameter {name} (ihre Parameter: {known})</translation>
    </message>
    <message>
        <source>{activation} has no parameter {name}</source>
        <translation>{activation} hat keinen Parameter {name}</translation>
    </message>
    <message>
        <source>The value f tends to as x → −∞ is −α</source>
        <translation>Für x → −∞ strebt f gegen −α</translation>
    </message>
    <message>
        <source>The value f tends to as x → −∞ is −α; the slope at 0 is 1 for every α</source>
        <translation>Für x → −∞ strebt f gegen −α; die Steigung bei 0 ist für jedes α gleich 1</translation>
    </message>
    <message>
        <source>hardtanh needs max_val &gt; min_val, got min_val = {min_val}, max_val = {max_val}</source>
        <translation>hardtanh verlangt max_val &gt; min_val, hier ist aber min_val = {min_val}, max_val = {max_val}</translation>
    </message>
    <message>
        <source>Lower bound a</source>
        <translation>Untere Grenze a</translation>
    </message>
    <message>
        <source>Inputs below a are clipped to a</source>
        <translation>Eingaben unter a werden auf a begrenzt</translation>
    </message>
    <message>
        <source>Upper bound b</source>
        <translation>Obere Grenze b</translation>
    </message>
    <message>
        <source>Inputs above b are clipped to b; b must exceed a</source>
        <translation>Eingaben über b werden auf b begrenzt; b muss größer als a sein</translation>
    </message>
    <message>
        <source>Negative slope a</source>
        <translation>Steigung links a</translation>
    </message>
    <message>
        <source>Slope for x &lt; 0: 0 gives ReLU, 1 gives the identity</source>
        <translation>Steigung für x &lt; 0: 0 ergibt ReLU, 1 die Identität</translation>
    </message>
    <message>
        <source>Learned slope a</source>
        <translation>Gelernte Steigung a</translation>
    </message>
    <message>
        <source>In a network this slope is learned, one per channel; 0.25 is its start value</source>
        <translation>Im Netz wird diese Steigung gelernt, eine pro Kanal; 0,25 ist ihr Startwert</translation>
    </message>
    <message>
        <source>rrelu needs lower ≤ upper, got lower = {lower} &gt; upper = {upper}</source>
        <translation>rrelu verlangt lower ≤ upper, hier ist aber lower = {lower} &gt; upper = {upper}</translation>
    </message>
    <message>
        <source>Lower slope bound</source>
        <translation>Untere Grenze der Steigung</translation>
    </message>
    <message>
        <source>Training draws the slope uniformly from [lower, upper]</source>
        <translation>Im Training wird die Steigung gleichverteilt aus [lower; upper] gezogen</translation>
    </message>
    <message>
        <source>Upper slope bound</source>
        <translation>Obere Grenze der Steigung</translation>
    </message>
    <message>
        <source>Must not be below lower</source>
        <translation>Darf nicht kleiner als lower sein</translation>
    </message>
    <message>
        <source>Threshold θ</source>
        <translation>Schwellenwert θ</translation>
    </message>
    <message>
        <source>Inputs at or below θ are replaced</source>
        <translation>Eingaben bis einschließlich θ werden ersetzt</translation>
    </message>
    <message>
        <source>Replacement v</source>
        <translation>Ersatzwert v</translation>
    </message>
    <message>
        <source>What replaces inputs at or below θ; v = θ = 0 gives ReLU</source>
        <translation>Ersetzt die Eingaben bis einschließlich θ; v = θ = 0 ergibt ReLU</translation>
    </message>
    <message>
        <source>Inputs with |x| ≤ λ become 0; the rest move λ towards 0</source>
        <translation>Eingaben mit |x| ≤ λ werden 0; die übrigen rücken um λ näher an 0</translation>
    </message>
    <message>
        <source>Inputs with |x| ≤ λ become 0; the rest pass unchanged</source>
        <translation>Eingaben mit |x| ≤ λ werden 0; die übrigen bleiben unverändert</translation>
    </message>
    <message>
        <source>Approximation</source>
        <translation>Näherung</translation>
    </message>
    <message>
        <source>&apos;none&apos;: the exact x·Φ(x); &apos;tanh&apos;: the faster tanh approximation of BERT and GPT-2</source>
        <translation>&apos;none&apos;: das exakte x·Φ(x); &apos;tanh&apos;: die schnellere tanh-Näherung aus BERT und GPT-2</translation>
    </message>
    <message>
        <source>Gate sharpness: small β tends to the line x/2, large β to ReLU; β = 1 is SiLU</source>
        <translation>Schärfe des Gates: Kleines β nähert sich der Geraden x/2, großes β der ReLU; β = 1 ist SiLU</translation>
    </message>
    <message>
        <source>Sharpness: large β approaches ReLU</source>
        <translation>Schärfe: Großes β nähert sich der ReLU</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Above βx = threshold the result is x itself (PyTorch&apos;s numerical shortcut)</source>
        <translation>Oberhalb von βx = threshold ist das Ergebnis x selbst (eine numerische Abkürzung von PyTorch)</translation>
    </message>
    <message>
        <source>Curvature near 0: f(0) = √b/2; as b → 0 it becomes ReLU</source>
        <translation>Krümmung bei 0: f(0) = √b/2; für b → 0 wird daraus ReLU</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>einer der Werte {choices}</translation>
    </message>
    <message>
        <source>[{minimum}, {maximum}]</source>
        <extracomment>Translators: a closed interval; German writes [0,5; 1] (a semicolon beside the comma).</extracomment>
        <translation>[{minimum}; {maximum}]</translation>
    </message>
    <message>
        <source>{name} must be {range}, got {value}</source>
        <translation>{name} muss {range} sein, nicht {value}</translation>
    </message>
    <message>
        <source>{name} must be a number in {range}, got {value}</source>
        <translation>{name} muss eine Zahl in {range} sein, nicht {value}</translation>
    </message>
    <message>
        <source>{name} must be a finite number in {range}, got {value}</source>
        <translation>{name} muss eine endliche Zahl in {range} sein, nicht {value}</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>the {bound} must be a number, got {value}</source>
        <translation>{bound}: muss eine Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>the {bound} must be a finite number within ±{limit}</source>
        <translation>{bound}: muss eine endliche Zahl innerhalb von ±{limit} sein</translation>
    </message>
    <message>
        <source>the minimum must be below the maximum</source>
        <translation>das Minimum muss unter dem Maximum liegen</translation>
    </message>
    <message>
        <source>the default must lie in [{minimum}, {maximum}]</source>
        <translation>der Standardwert muss in [{minimum}; {maximum}] liegen</translation>
    </message>
    <message>
        <source>A parameter of your formula: set its range in the editor</source>
        <translation>Ein Parameter der eigenen Formel: Sein Bereich wird im Editor festgelegt</translation>
    </message>
</context>
<context>
    <name>Properties</name>
    <message>
        <source>(−∞, ∞)</source>
        <translation>(−∞; ∞)</translation>
    </message>
    <message>
        <source>{0, 1}</source>
        <translation>{0; 1}</translation>
    </message>
    <message>
        <source>(0, 1)</source>
        <translation>(0; 1)</translation>
    </message>
    <message>
        <source>(−1, 1)</source>
        <translation>(−1; 1)</translation>
    </message>
    <message>
        <source>(−∞, 0)</source>
        <translation>(−∞; 0)</translation>
    </message>
    <message>
        <source>(−π/2, π/2)</source>
        <translation>(−π/2; π/2)</translation>
    </message>
    <message>
        <source>(0, 1]</source>
        <translation>(0; 1]</translation>
    </message>
    <message>
        <source>[−1, 1]</source>
        <translation>[−1; 1]</translation>
    </message>
    <message>
        <source>(−α, ∞)</source>
        <translation>(−α; ∞)</translation>
    </message>
    <message>
        <source>(−λα, ∞) ≈ (−1.7581, ∞)</source>
        <translation>(−λα; ∞) ≈ (−1,7581; ∞)</translation>
    </message>
    <message>
        <source>[a, b]</source>
        <translation>[a; b]</translation>
    </message>
    <message>
        <source>[0, 1]</source>
        <translation>[0; 1]</translation>
    </message>
    <message>
        <source>[−3/8, ∞)</source>
        <translation>[−3/8; ∞)</translation>
    </message>
    <message>
        <source>[0, ∞)</source>
        <translation>[0; ∞)</translation>
    </message>
    <message>
        <source>[0, 6]</source>
        <translation>[0; 6]</translation>
    </message>
    <message>
        <source>(−∞, ∞) (a &gt; 0); [0, ∞) (a = 0)</source>
        <translation>(−∞; ∞) für a &gt; 0, [0; ∞) für a = 0</translation>
    </message>
    <message>
        <source>{v} ∪ (θ, ∞)</source>
        <translation>{v} ∪ (θ; ∞)</translation>
    </message>
    <message>
        <source>(−∞, −λ) ∪ {0} ∪ (λ, ∞)</source>
        <translation>(−∞; −λ) ∪ {0} ∪ (λ; ∞)</translation>
    </message>
    <message>
        <source>[≈ −0.170, ∞)</source>
        <translation>[≈ −0,170; ∞)</translation>
    </message>
    <message>
        <source>[≈ −0.278, ∞)</source>
        <translation>[≈ −0,278; ∞)</translation>
    </message>
    <message>
        <source>[≈ −0.278/β, ∞)</source>
        <translation>[≈ −0,278/β; ∞)</translation>
    </message>
    <message>
        <source>[≈ −0.309, ∞)</source>
        <translation>[≈ −0,309; ∞)</translation>
    </message>
    <message>
        <source>(0, ∞)</source>
        <translation>(0; ∞)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Output range</source>
        <translation>Wertebereich</translation>
    </message>
    <message>
        <source>Bounded</source>
        <translation>Beschränkt</translation>
    </message>
    <message>
        <source>Monotonic</source>
        <translation>Monoton</translation>
    </message>
    <message>
        <source>Smooth (no corners)</source>
        <translation>Glatt (ohne Knick)</translation>
    </message>
    <message>
        <source>Zero-centred</source>
        <translation>Nullzentriert</translation>
    </message>
    <message>
        <source>Saturating</source>
        <translation>Sättigend</translation>
    </message>
    <message>
        <source>undefined everywhere</source>
        <translation>überall undefiniert</translation>
    </message>
    <message>
        <source>{function} is undefined at {where}</source>
        <translation>{function} ist undefiniert bei {where}</translation>
    </message>
    <message>
        <source>{function} is infinite or too large at {where}</source>
        <translation>{function} ist unendlich oder zu groß bei {where}</translation>
    </message>
    <message>
        <source>{function} is undefined or too large at {where}</source>
        <translation>{function} ist undefiniert oder zu groß bei {where}</translation>
    </message>
    <message>
        <source>every x</source>
        <translation>jedem x</translation>
    </message>
</context>
<context>
    <name>PublishActions</name>
    <message>
        <source>PDF document (*.pdf);;SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation>PDF-Dokument (*.pdf);;SVG-Zeichnung (*.svg);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>The {tab} tab</source>
        <translation>Der Reiter {tab}</translation>
    </message>
    <message>
        <source>Record ani&amp;mation…</source>
        <translation>Ani&amp;mation aufnehmen…</translation>
    </message>
    <message>
        <source>Record the plot or a lab while a parameter plays (GIF, MP4)</source>
        <translation>Den Graphen oder ein Labor aufnehmen, während ein Parameter abgespielt wird (GIF, MP4)</translation>
    </message>
    <message>
        <source>Export &amp;handout (PDF)…</source>
        <translation>&amp;Handout exportieren (PDF)…</translation>
    </message>
    <message>
        <source>A printable PDF: a page per activation with plot, formulas, properties and notes</source>
        <translation>Ein druckbares PDF: eine Seite je Aktivierungsfunktion mit Graph, Formeln, Eigenschaften und Hinweisen</translation>
    </message>
    <message>
        <source>Export &amp;cheat sheet…</source>
        <translation>&amp;Spickzettel exportieren…</translation>
    </message>
    <message>
        <source>Every activation on one page (PDF, SVG or PNG)</source>
        <translation>Alle Aktivierungsfunktionen auf einer Seite (PDF, SVG oder PNG)</translation>
    </message>
    <message>
        <source>The function plot</source>
        <translation>Der Funktionsgraph</translation>
    </message>
    <message>
        <source>Recorded {name}</source>
        <translation>{name} aufgenommen</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exportiert</translation>
    </message>
    <message>
        <source>Could not export to {path}:
{error}</source>
        <translation>Export nach {path} nicht möglich:
{error}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export cheat sheet</source>
        <translation>Spickzettel exportieren</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>{parameter} of {activation}</source>
        <translation>{parameter} von {activation}</translation>
    </message>
</context>
<context>
    <name>QtActivationCombo</name>
    <message>
        <source>Activation function</source>
        <translation>Aktivierungsfunktion</translation>
    </message>
    <message>
        <source>{family}: {formula}</source>
        <translation>{family}: {formula}</translation>
    </message>
</context>
<context>
    <name>QtActivationEditor</name>
    <message>
        <source>Edit activation</source>
        <translation>Aktivierungsfunktion bearbeiten</translation>
    </message>
    <message>
        <source>New activation</source>
        <translation>Neue Aktivierungsfunktion</translation>
    </message>
    <message>
        <source>a name for the picker, such as My swish</source>
        <translation>ein Name für die Auswahl, etwa Mein Swish</translation>
    </message>
    <message>
        <source>Name of the activation</source>
        <translation>Name der Aktivierungsfunktion</translation>
    </message>
    <message>
        <source>Parameters (default, slider range)</source>
        <translation>Parameter (Standardwert, Bereich des Schiebereglers)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add activation</source>
        <translation>Aktivierungsfunktion hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Try (click one): {examples}</source>
        <translation>Zum Ausprobieren (eines anklicken): {examples}</translation>
    </message>
    <message>
        <source>Give it a name to add it to the picker.</source>
        <translation>Gib ihr einen Namen, um sie zur Auswahl hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>QtAffineReadout</name>
    <message>
        <source>&lt;b&gt;With no activation, these {layers} layers are exactly one affine map y = A x + B.&lt;/b&gt; Every grid line stays straight and parallel lines stay parallel: depth alone adds nothing a single layer could not do. That is why networks need a non-linear f.</source>
        <translation>&lt;b&gt;Ohne Aktivierungsfunktion sind diese {layers} Schichten genau eine affine Abbildung y = A x + B.&lt;/b&gt; Jede Gitterlinie bleibt gerade, und parallele Linien bleiben parallel: Tiefe allein fügt nichts hinzu, was eine einzelne Schicht nicht könnte. Deshalb brauchen Netze ein nichtlineares f.</translation>
    </message>
    <message>
        <source>Without f, these {layers} layers would collapse into the single map y = A x + B below. With {name}, the grid bends and folds, which no matrix can do: that is what makes depth worth having.</source>
        <translation>Ohne f würden diese {layers} Schichten zur einzigen Abbildung y = A x + B unten zusammenfallen. Mit {name} biegt und faltet sich das Gitter, was keine Matrix kann: Das macht Tiefe lohnend.</translation>
    </message>
</context>
<context>
    <name>QtAnimationMenu</name>
    <message>
        <source>{seconds} s a pass</source>
        <translation>{seconds} s pro Durchlauf</translation>
    </message>
    <message>
        <source>Whole range</source>
        <translation>Ganzer Bereich</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>QtBendingControls</name>
    <message>
        <source>The activation f applied after every layer</source>
        <translation>Die Aktivierungsfunktion f nach jeder Schicht</translation>
    </message>
    <message>
        <source>No activation (identity)</source>
        <translation>Keine Aktivierungsfunktion (Identität)</translation>
    </message>
    <message>
        <source>Show that the layers collapse into one affine map</source>
        <translation>Zeigen, dass die Schichten zu einer affinen Abbildung zusammenfallen</translation>
    </message>
    <message>
        <source>How many 2-unit layers y = f(W x + b) the plane goes through</source>
        <translation>Durch wie viele Schichten y = f(W x + b) mit 2 Neuronen die Ebene geht</translation>
    </message>
    <message>
        <source>A two-class toy data set, drawn in two colours and shapes</source>
        <translation>Ein Spielzeug-Datensatz mit zwei Klassen, in zwei Farben und Formen gezeichnet</translation>
    </message>
    <message>
        <source>Every layer&apos;s weights are drawn from this seed</source>
        <translation>Die Gewichte jeder Schicht werden aus diesem Seed gezogen</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>New random weights</source>
        <translation>Neue zufällige Gewichte</translation>
    </message>
    <message>
        <source>Which layer&apos;s W and b the sliders below edit</source>
        <translation>Welche Schicht die Schieberegler unten bearbeiten (W und b)</translation>
    </message>
    <message>
        <source>Layer whose weights are edited</source>
        <translation>Schicht, deren Gewichte bearbeitet werden</translation>
    </message>
    <message>
        <source>Weights of layer</source>
        <translation>Gewichte der Schicht</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierungsfunktion</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>of the selected layer: y_i = f(Σ_j W[i,j] x_j + b_i)</source>
        <translation>der gewählten Schicht: y_i = f(Σ_j W[i,j] x_j + b_i)</translation>
    </message>
    <message>
        <source>Weight from input {column} to unit {row}</source>
        <translation>Gewicht von Eingabe {column} zu Neuron {row}</translation>
    </message>
    <message>
        <source>Weight row {row}, column {column}</source>
        <translation>Gewicht Zeile {row}, Spalte {column}</translation>
    </message>
    <message>
        <source>Bias of unit {row}</source>
        <translation>Bias von Neuron {row}</translation>
    </message>
    <message>
        <source>{what} {rule}</source>
        <translation>{what} {rule}</translation>
    </message>
</context>
<context>
    <name>QtCompareControls</name>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Train a second network that differs from this one in one thing</source>
        <translation>Ein zweites Netz trainieren, das sich von diesem in einer Sache unterscheidet</translation>
    </message>
    <message>
        <source>Its activation</source>
        <translation>Seine Aktivierung</translation>
    </message>
    <message>
        <source>Its initial weights</source>
        <translation>Seine Anfangsgewichte</translation>
    </message>
    <message>
        <source>Initial weights of the compared network</source>
        <translation>Anfangsgewichte des Vergleichsnetzes</translation>
    </message>
    <message>
        <source>Its learning rate</source>
        <translation>Seine Lernrate</translation>
    </message>
    <message>
        <source>The compared network&apos;s learning rate</source>
        <translation>Die Lernrate des Vergleichsnetzes</translation>
    </message>
    <message>
        <source>Same data, same seed; its map appears beside the first.</source>
        <translation>Dieselben Daten, derselbe Seed; seine Karte erscheint neben der ersten.</translation>
    </message>
</context>
<context>
    <name>QtCurveEntryMenu</name>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Einblenden</translation>
    </message>
    <message>
        <source>Remove pinned curve</source>
        <translation>Angeheftete Kurve entfernen</translation>
    </message>
</context>
<context>
    <name>QtCurveLegend</name>
    <message>
        <source>Click a pinned curve or f′ to hide or show it; right-click for more</source>
        <translation>Klick auf eine angeheftete Kurve oder auf f′ blendet sie aus oder ein; Rechtsklick für mehr</translation>
    </message>
</context>
<context>
    <name>QtCurvePlot</name>
    <message>
        <source>Hover to read x, f(x), f′(x)</source>
        <translation>Mit der Maus über den Graphen fahren, um x, f(x), f′(x) abzulesen</translation>
    </message>
    <message>
        <source>Drag or use the arrow keys to pan, the wheel or + and − to zoom; Home restores the default view</source>
        <translation>Ziehen oder Pfeiltasten zum Verschieben, Mausrad oder + und − zum Zoomen; Pos1 stellt die Standardansicht wieder her</translation>
    </message>
    <message>
        <source>Function plot</source>
        <translation>Funktionsgraph</translation>
    </message>
    <message>
        <source>Pan the view</source>
        <translation>Ansicht verschieben</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>x from {x_min} to {x_max}.</source>
        <translation>x von {x_min} bis {x_max}.</translation>
    </message>
</context>
<context>
    <name>QtDataControls</name>
    <message>
        <source>Data set</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>The points to learn from (Playground&apos;s sets, a function, or yours)</source>
        <translation>Die Punkte, aus denen gelernt wird (die Datensätze von Playground, eine Funktion oder eigene)</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Boundary function</source>
        <translation>Grenzfunktion</translation>
    </message>
    <message>
        <source>Points above y = g(x) are blue (+1), points below orange (−1)</source>
        <translation>Punkte über y = g(x) sind blau (+1), Punkte darunter orange (−1)</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>How far points are pushed across the boundary (Playground&apos;s 0–50 %)</source>
        <translation>Wie weit Punkte über die Grenze geschoben werden (in Playground 0–50 %)</translation>
    </message>
    <message>
        <source>Training share</source>
        <translation>Trainingsanteil</translation>
    </message>
    <message>
        <source>The share of the points used for training; the rest are test points</source>
        <translation>Der Anteil der Punkte, der zum Training dient; der Rest sind Testpunkte</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>The same seed gives the same points and weights</source>
        <translation>Derselbe Seed ergibt dieselben Punkte und Gewichte</translation>
    </message>
    <message>
        <source>New points</source>
        <translation>Neue Punkte</translation>
    </message>
    <message>
        <source>Draw new points and weights (the next seed)</source>
        <translation>Neue Punkte und Gewichte ziehen (der nächste Seed)</translation>
    </message>
    <message>
        <source>Show test points (dark outline)</source>
        <translation>Testpunkte zeigen (dunkler Rand)</translation>
    </message>
    <message>
        <source>Discretize the map</source>
        <translation>Karte diskretisieren</translation>
    </message>
    <message>
        <source>Show only the predicted class: orange where the output &lt; 0</source>
        <translation>Nur die vorhergesagte Klasse zeigen: orange, wo die Ausgabe &lt; 0 ist</translation>
    </message>
    <message>
        <source>Click adds</source>
        <translation>Klick fügt hinzu</translation>
    </message>
    <message>
        <source>orange (−1)</source>
        <translation>orange (−1)</translation>
    </message>
    <message>
        <source>blue (+1)</source>
        <translation>blau (+1)</translation>
    </message>
    <message>
        <source>Value of a clicked point</source>
        <translation>Wert eines angeklickten Punkts</translation>
    </message>
    <message>
        <source>The value of a point you click onto the map</source>
        <translation>Der Wert eines Punkts, der per Klick auf die Karte gesetzt wird</translation>
    </message>
    <message>
        <source>Undo point</source>
        <translation>Punkt zurücknehmen</translation>
    </message>
    <message>
        <source>Clear points</source>
        <translation>Punkte löschen</translation>
    </message>
    <message>
        <source>Load CSV…</source>
        <translation>CSV laden…</translation>
    </message>
    <message>
        <source>Rows of x, y, label; labels −1/+1 make classes, other values a regression</source>
        <translation>Zeilen aus x, y, label; Labels −1/+1 ergeben Klassen, andere Werte eine Regression</translation>
    </message>
    <message>
        <source>Click the map to add a value (right-click or Shift+click: the other one). Drawn points: {count}; they are all training points.</source>
        <translation>Auf die Karte klicken, um einen Wert hinzuzufügen (Rechtsklick oder Umschalt+Klick: den entgegengesetzten). Gezeichnete Punkte: {count}; sie sind alle Trainingspunkte.</translation>
    </message>
    <message>
        <source>Click the map to add a point of the chosen class (right-click or Shift+click: the other one). Drawn points: {count}; they are all training points.</source>
        <translation>Auf die Karte klicken, um einen Punkt der gewählten Klasse hinzuzufügen (Rechtsklick oder Umschalt+Klick: der anderen). Gezeichnete Punkte: {count}; sie sind alle Trainingspunkte.</translation>
    </message>
</context>
<context>
    <name>QtDecisionMap</name>
    <message>
        <source>Decision map of the compared network</source>
        <translation>Entscheidungskarte des Vergleichsnetzes</translation>
    </message>
    <message>
        <source>Decision map</source>
        <translation>Entscheidungskarte</translation>
    </message>
    <message>
        <source>The network&apos;s output over x₁ and x₂ from {low_x} to {high_x}: from {low} to {high}, positive on {share}% of the plane.</source>
        <translation>Die Ausgabe des Netzes über x₁ und x₂ von {low_x} bis {high_x}: von {low} bis {high}, positiv auf {share} % der Ebene.</translation>
    </message>
    <message>
        <source>{train} training points ({positive} positive), {test} test points.</source>
        <translation>{train} Trainingspunkte ({positive} positiv), {test} Testpunkte.</translation>
    </message>
    <message>
        <source>No point added: {reason}.</source>
        <translation>Kein Punkt hinzugefügt: {reason}.</translation>
    </message>
</context>
<context>
    <name>QtDeepNetControls</name>
    <message>
        <source>The activation used in every layer</source>
        <translation>Die Aktivierungsfunktion in jeder Schicht</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierungsfunktion</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Run a second network with another activation, drawn dashed</source>
        <translation>Ein zweites Netz mit einer anderen Aktivierungsfunktion rechnen, gestrichelt gezeichnet</translation>
    </message>
    <message>
        <source>Compare with activation</source>
        <translation>Vergleich mit der Aktivierung</translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation>Initialisierung</translation>
    </message>
    <message>
        <source>How the weights are drawn; biases are zero</source>
        <translation>Wie die Gewichte gezogen werden; die Bias-Werte sind null</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Number of dense layers</source>
        <translation>Anzahl der vollständig verbundenen Schichten</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Units per layer (and inputs per unit)</source>
        <translation>Neuronen pro Schicht (und Eingaben pro Neuron)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Standard-normal input samples pushed through</source>
        <translation>Standardnormalverteilte Eingabe-Stichproben, die durchgeschickt werden</translation>
    </message>
    <message>
        <source>Standard deviation of the weights for the “Normal with std σ” initialisation</source>
        <translation>Standardabweichung der Gewichte für die Initialisierung „Normalverteilt mit σ“</translation>
    </message>
    <message>
        <source>Weight standard deviation σ</source>
        <translation>Standardabweichung σ der Gewichte</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Inputs, weights and the upstream gradient are drawn from this seed</source>
        <translation>Eingaben, Gewichte und der eingehende Gradient werden aus diesem Seed gezogen</translation>
    </message>
</context>
<context>
    <name>QtDeepNetPanel</name>
    <message>
        <source>Signals &amp;&amp; gradients</source>
        <translation>Signale &amp;&amp; Gradienten</translation>
    </message>
    <message>
        <source>Bending space</source>
        <translation>Raum verbiegen</translation>
    </message>
</context>
<context>
    <name>QtExplorerPanel</name>
    <message>
        <source>Show derivative f′</source>
        <translation>Ableitung f′ zeigen</translation>
    </message>
    <message>
        <source>Show or hide the derivative f′(x) (dashed), which backprop uses (D)</source>
        <translation>Die Ableitung f′(x) (gestrichelt), die Backpropagation verwendet, ein- oder ausblenden (D)</translation>
    </message>
    <message>
        <source>Pin curve</source>
        <translation>Kurve anheften</translation>
    </message>
    <message>
        <source>Default view</source>
        <translation>Standardansicht</translation>
    </message>
    <message>
        <source>Restore the default zoom and position (Home)</source>
        <translation>Standardzoom und -position wiederherstellen (Pos1)</translation>
    </message>
    <message>
        <source>Formula &amp;&amp; notes</source>
        <translation>Formel &amp;&amp; Erläuterungen</translation>
    </message>
    <message>
        <source>Activation &amp;list</source>
        <translation>Aktivierungs&amp;liste</translation>
    </message>
    <message>
        <source>Show or hide the picker, parameters and pinned curves</source>
        <translation>Auswahlliste, Parameter und angeheftete Kurven ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Side pane</source>
        <translation>&amp;Seitenleiste</translation>
    </message>
    <message>
        <source>Show or hide the formulas, notes and the neuron playground</source>
        <translation>Formeln, Hinweise und den Neuron-Spielplatz ein- oder ausblenden</translation>
    </message>
    <message>
        <source>At most {count} curves can be pinned; remove one first</source>
        <translation>Höchstens {count} Kurven können angeheftet werden; zuerst eine entfernen</translation>
    </message>
    <message>
        <source>Keep the current curve on the plot to compare with others (P)</source>
        <translation>Die aktuelle Kurve im Graphen behalten, um sie mit anderen zu vergleichen (P)</translation>
    </message>
</context>
<context>
    <name>QtFormulaDisplay</name>
    <message>
        <source>f and f′ appear here as you type.</source>
        <translation>f und f′ erscheinen hier während der Eingabe.</translation>
    </message>
    <message>
        <source>Gaps in the plot:</source>
        <translation>Lücken im Plot:</translation>
    </message>
</context>
<context>
    <name>QtFormulaField</name>
    <message>
        <source>for example  x * sigmoid(beta * x)</source>
        <translation>zum Beispiel  x * sigmoid(beta * x)</translation>
    </message>
    <message>
        <source>Formula of f(x)</source>
        <translation>Formel von f(x)</translation>
    </message>
    <message>
        <source>Column {column}: </source>
        <translation>Spalte {column}: </translation>
    </message>
</context>
<context>
    <name>QtFormulaPane</name>
    <message>
        <source>Formulas and notes</source>
        <translation>Formeln und Hinweise</translation>
    </message>
    <message>
        <source>The selected activation: its formulas, properties and what to notice</source>
        <translation>Die gewählte Aktivierungsfunktion: ihre Formeln, Eigenschaften und worauf zu achten ist</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Erläuterungen</translation>
    </message>
    <message>
        <source>Typed as</source>
        <translation>Eingegeben als</translation>
    </message>
    <message>
        <source>Estimated numerically, at these parameters.</source>
        <translation>Numerisch geschätzt, bei diesen Parametern.</translation>
    </message>
    <message>
        <source>Gaps in the plot</source>
        <translation>Lücken im Plot</translation>
    </message>
</context>
<context>
    <name>QtFormulaPreview</name>
    <message>
        <source>Preview of the formula</source>
        <translation>Vorschau der Formel</translation>
    </message>
    <message>
        <source>No formula to draw yet.</source>
        <translation>Noch keine Formel zum Zeichnen.</translation>
    </message>
    <message>
        <source>f and f′ of {formula}, x from {x_min} to {x_max}, y from {y_min} to {y_max}.</source>
        <translation>f und f′ von {formula}, x von {x_min} bis {x_max}, y von {y_min} bis {y_max}.</translation>
    </message>
</context>
<context>
    <name>QtHandoutDialog</name>
    <message>
        <source>Export handout (PDF)</source>
        <translation>Handout exportieren (PDF)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>A title page, then a page for each activation ticked here:</source>
        <translation>Eine Titelseite, dann eine Seite für jede hier angehakte Aktivierungsfunktion:</translation>
    </message>
    <message>
        <source>Tick at least one activation.</source>
        <translation>Mindestens eine Aktivierungsfunktion anhaken.</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Handout exportieren</translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation>{path} konnte nicht geschrieben werden:
{error}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>1 activation ticked</source>
        <translation>1 Aktivierungsfunktion angehakt</translation>
    </message>
    <message>
        <source>{count} activations ticked</source>
        <translation>{count} Aktivierungsfunktionen angehakt</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QtHiddenSpace</name>
    <message>
        <source>Which 2-unit hidden layer to look through</source>
        <translation>Durch welche verdeckte Schicht mit 2 Neuronen geschaut wird</translation>
    </message>
    <message>
        <source>Look through</source>
        <translation>Blick durch</translation>
    </message>
    <message>
        <source>The points as a hidden layer sees them</source>
        <translation>Die Punkte, wie eine verdeckte Schicht sie sieht</translation>
    </message>
    <message>
        <source>unit 1</source>
        <translation>Neuron 1</translation>
    </message>
    <message>
        <source>unit 2</source>
        <translation>Neuron 2</translation>
    </message>
    <message>
        <source>The input plane&apos;s grid and the training points where a 2-unit layer puts them: the deep-network lab&apos;s “Bending space”, with learned weights. Training bends the grid until the classes lie apart; after the last hidden layer, one straight line (dashed) splits them.</source>
        <translation>Das Gitter der Eingabeebene und die Trainingspunkte dort, wohin eine Schicht mit 2 Neuronen sie legt: das „Verbiegen des Raums“ aus dem Labor für tiefe Netze, mit gelernten Gewichten. Das Training verbiegt das Gitter, bis die Klassen getrennt liegen; nach der letzten verdeckten Schicht trennt sie eine einzige Gerade (gestrichelt).</translation>
    </message>
    <message>
        <source>No hidden layer has exactly 2 units. Make one 2 units wide (the default network&apos;s second layer is) to see the plane as that layer sees it.</source>
        <translation>Keine verdeckte Schicht hat genau 2 Neuronen. Eine Schicht auf 2 Neuronen setzen (die zweite Schicht des Standardnetzes hat 2), um die Ebene so zu sehen, wie diese Schicht sie sieht.</translation>
    </message>
    <message>
        <source>hidden layer {layer}</source>
        <translation>verdeckte Schicht {layer}</translation>
    </message>
    <message>
        <source>{count} training points as {layer} sees them: unit 1 from {x0} to {x1}, unit 2 from {y0} to {y1}.</source>
        <translation>{count} Trainingspunkte, wie {layer} sie sieht: Neuron 1 von {x0} bis {x1}, Neuron 2 von {y0} bis {y1}.</translation>
    </message>
</context>
<context>
    <name>QtJacobianHeatmap</name>
    <message>
        <source>Jacobian heat map</source>
        <translation>Heatmap der Jacobi-Matrix</translation>
    </message>
    <message>
        <source>with respect to z_j</source>
        <translation>nach z_j</translation>
    </message>
    <message>
        <source>output i</source>
        <translation>Ausgabe i</translation>
    </message>
    <message>
        <source>{title}   (T = {temperature})</source>
        <translation>{title}   (T = {temperature})</translation>
    </message>
</context>
<context>
    <name>QtLanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>The data of the &quot;System default&quot; entry (and what a store keeps for it).</extracomment>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>The language of the app</source>
        <translation>Die Sprache der App</translation>
    </message>
    <message>
        <source>&amp;System default ({language})</source>
        <translation>Wie das &amp;System ({language})</translation>
    </message>
    <message>
        <source>Speak the language the system is set to</source>
        <translation>Die im System eingestellte Sprache verwenden</translation>
    </message>
</context>
<context>
    <name>QtLayerActivations</name>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>One activation per layer</source>
        <translation>Eine Aktivierung je Schicht</translation>
    </message>
    <message>
        <source>Give each hidden layer its own activation</source>
        <translation>Jeder verdeckten Schicht eine eigene Aktivierung geben</translation>
    </message>
    <message>
        <source>Layer {layer}</source>
        <translation>Schicht {layer}</translation>
    </message>
    <message>
        <source>The activation of hidden layer {layer}</source>
        <translation>Die Aktivierung der verdeckten Schicht {layer}</translation>
    </message>
    <message>
        <source>No hidden layer: the activation is not used</source>
        <translation>Keine verdeckte Schicht: Die Aktivierung wird nicht verwendet</translation>
    </message>
    <message>
        <source>The activation of every hidden layer</source>
        <translation>Die Aktivierung aller verdeckten Schichten</translation>
    </message>
</context>
<context>
    <name>QtLayerHistograms</name>
    <message>
        <source>Histograms per layer</source>
        <translation>Histogramme je Schicht</translation>
    </message>
    <message>
        <source>Activations f(z), per layer</source>
        <translation>Aktivierungen f(z), je Schicht</translation>
    </message>
    <message>
        <source>activation value</source>
        <translation>Aktivierungswert</translation>
    </message>
    <message>
        <source>Gradients ∂L/∂input, per layer</source>
        <translation>Gradienten ∂L/∂Eingabe, je Schicht</translation>
    </message>
    <message>
        <source>gradient value</source>
        <translation>Gradientenwert</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
</context>
<context>
    <name>QtLayerSizes</name>
    <message>
        <source>Remove the last hidden layer</source>
        <translation>Die letzte verdeckte Schicht entfernen</translation>
    </message>
    <message>
        <source>Add a hidden layer of {units} units (at most {limit} layers)</source>
        <translation>Eine verdeckte Schicht mit {units} Neuronen hinzufügen (höchstens {limit} Schichten)</translation>
    </message>
    <message>
        <source>Units in hidden layer {layer}</source>
        <translation>Neuronen in verdeckter Schicht {layer}</translation>
    </message>
    <message>
        <source>Units in hidden layer {layer} ({low} to {high})</source>
        <translation>Neuronen in verdeckter Schicht {layer} ({low} bis {high})</translation>
    </message>
    <message>
        <source>no hidden layer</source>
        <translation>keine verdeckte Schicht</translation>
    </message>
    <message>
        <source>1 hidden layer</source>
        <translation>1 verdeckte Schicht</translation>
    </message>
    <message>
        <source>{count} hidden layers</source>
        <translation>{count} verdeckte Schichten</translation>
    </message>
</context>
<context>
    <name>QtLayerStatsPlots</name>
    <message>
        <source>Per-layer statistics</source>
        <translation>Statistiken je Schicht</translation>
    </message>
    <message>
        <source>Activation std per layer</source>
        <translation>Standardabweichung der Aktivierungen je Schicht</translation>
    </message>
    <message>
        <source>std (log)</source>
        <translation>σ (log)</translation>
    </message>
    <message>
        <source>Gradient norm per layer</source>
        <translation>Gradientennorm je Schicht</translation>
    </message>
    <message>
        <source>‖∂L/∂input‖ (log)</source>
        <translation>‖∂L/∂Eingabe‖ (log)</translation>
    </message>
    <message>
        <source>Dead and saturated units</source>
        <translation>Tote und gesättigte Neuronen</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>{name} dead</source>
        <translation>{name} tot</translation>
    </message>
    <message>
        <source>{name} |f′| &amp;lt; {limit}</source>
        <translation>{name} |f′| &amp;lt; {limit}</translation>
    </message>
</context>
<context>
    <name>QtLossPlot</name>
    <message>
        <source>Loss over the steps</source>
        <translation>Verlust über die Schritte</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>No steps taken yet.</source>
        <translation>Noch keine Schritte.</translation>
    </message>
    <message>
        <source>Loss {first} at step {start}, {last} at step {end}.</source>
        <translation>Verlust {first} bei Schritt {start}, {last} bei Schritt {end}.</translation>
    </message>
</context>
<context>
    <name>QtNetworkControls</name>
    <message>
        <source>Feed {feature} to the network</source>
        <translation>{feature} als Eingabe ins Netz geben</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Verdeckte Schichten</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>Anfangsgewichte</translation>
    </message>
    <message>
        <source>How the weights start (the seed decides the draw)</source>
        <translation>Womit die Gewichte beginnen (der Seed bestimmt die Ziehung)</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Output unit and loss</source>
        <translation>Ausgabeneuron und Verlust</translation>
    </message>
    <message>
        <source>A regression set always uses a linear output and square loss</source>
        <translation>Ein Regressionsdatensatz nutzt immer eine lineare Ausgabe und den quadratischen Verlust</translation>
    </message>
</context>
<context>
    <name>QtNetworkDiagram</name>
    <message>
        <source>Network diagram</source>
        <translation>Netzdiagramm</translation>
    </message>
    <message>
        <source>Each square is one unit&apos;s output over the input plane (orange −, blue +).
Links: blue for a positive weight, orange for a negative one, thicker for a larger weight. Click a link to edit its weight (or, with the diagram focused, step from link to link with the arrow keys).</source>
        <translation>Jedes Quadrat ist die Ausgabe eines Neurons über der Eingabeebene (orange −, blau +).
Verbindungen: blau bei positivem Gewicht, orange bei negativem, dicker bei größerem Gewicht. Eine Verbindung anklicken, um ihr Gewicht zu bearbeiten (oder, mit dem Fokus auf dem Diagramm, mit den Pfeiltasten von Verbindung zu Verbindung gehen).</translation>
    </message>
    <message>
        <source>layer {layer}</source>
        <translation>Schicht {layer}</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>{inputs} inputs ({features}), hidden layers of {hidden} units, one output.</source>
        <translation>{inputs} Eingaben ({features}), verdeckte Schichten mit {hidden} Neuronen, eine Ausgabe.</translation>
    </message>
    <message>
        <source>weight {weight} — click to edit</source>
        <translation>Gewicht {weight} – zum Bearbeiten klicken</translation>
    </message>
    <message>
        <source>Layer {layer}, unit {source} to unit {target}: weight {weight}</source>
        <translation>Schicht {layer}, Neuron {source} zu Neuron {target}: Gewicht {weight}</translation>
    </message>
    <message>
        <source>dead</source>
        <comment>a unit&apos;s mark</comment>
        <translation>tot</translation>
    </message>
    <message>
        <source>Dead: this unit&apos;s slope is 0 on every training point.</source>
        <translation>Tot: Die Steigung dieses Neurons ist auf jedem Trainingspunkt 0.</translation>
    </message>
    <message>
        <source>sat.</source>
        <comment>a unit&apos;s mark: saturated</comment>
        <translation>sätt.</translation>
    </message>
    <message>
        <source>Saturated: this unit&apos;s slope is nearly 0 on most points.</source>
        <translation>Gesättigt: Die Steigung dieses Neurons ist auf den meisten Punkten fast 0.</translation>
    </message>
</context>
<context>
    <name>QtNeuronDiagram</name>
    <message>
        <source>Neuron diagram</source>
        <translation>Neuronendiagramm</translation>
    </message>
</context>
<context>
    <name>QtNeuronPanel</name>
    <message>
        <source>How many inputs the neuron has</source>
        <translation>Wie viele Eingaben das Neuron hat</translation>
    </message>
    <message>
        <source>Number of inputs</source>
        <translation>Anzahl der Eingaben</translation>
    </message>
    <message>
        <source>Input x{number}</source>
        <translation>Eingabe x{number}</translation>
    </message>
    <message>
        <source>Weight w{number}</source>
        <translation>Gewicht w{number}</translation>
    </message>
    <message>
        <source>Bias b, added to the weighted sum</source>
        <translation>Bias b, zur gewichteten Summe addiert</translation>
    </message>
    <message>
        <source>Bias b</source>
        <translation>Bias b</translation>
    </message>
    <message>
        <source>∂L/∂a from later layers</source>
        <translation>∂L/∂a aus späteren Schichten</translation>
    </message>
    <message>
        <source>Upstream gradient ∂L/∂a</source>
        <translation>Eingehender Gradient ∂L/∂a</translation>
    </message>
    <message>
        <source>The output y the neuron should give</source>
        <translation>Die Ausgabe y, die das Neuron liefern soll</translation>
    </message>
    <message>
        <source>Target y</source>
        <translation>Zielwert y</translation>
    </message>
    <message>
        <source>target y</source>
        <translation>Ziel y</translation>
    </message>
    <message>
        <source>Step size of gradient descent: w ← w − lr · ∂L/∂w</source>
        <translation>Schrittweite des Gradientenabstiegs: w ← w − lr · ∂L/∂w</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Where ∂L/∂a comes from</source>
        <translation>Woher ∂L/∂a kommt</translation>
    </message>
    <message>
        <source>an upstream slider</source>
        <translation>einem Schieberegler (eingehender Gradient)</translation>
    </message>
    <message>
        <source>a target and a loss</source>
        <translation>einem Ziel und einem Verlust</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>squared error (a − y)²</source>
        <translation>quadratischer Fehler (a − y)²</translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation>binäre Kreuzentropie</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>One gradient-descent step</source>
        <translation>Ein Schritt des Gradientenabstiegs</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Keep stepping</source>
        <translation>Schritt für Schritt weiterlaufen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop stepping</source>
        <translation>Schritte anhalten</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Weights and bias before step 1</source>
        <translation>Gewichte und Bias vor Schritt 1</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>∂L/∂a comes from</source>
        <translation>∂L/∂a stammt von</translation>
    </message>
    <message>
        <source>Try:</source>
        <translation>Ausprobieren:</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Backward</source>
        <translation>Rückwärts</translation>
    </message>
    <message>
        <source>Learn &amp;&amp; try</source>
        <translation>Lernen &amp;&amp; ausprobieren</translation>
    </message>
    <message>
        <source>Only for activations with outputs in (0, 1)</source>
        <translation>Nur für Aktivierungsfunktionen mit Ausgaben in (0; 1)</translation>
    </message>
    <message>
        <source>loss = {value}</source>
        <translation>Verlust = {value}</translation>
    </message>
</context>
<context>
    <name>QtNumberSpinBox</name>
    <message>
        <source>“{text}” is not a number</source>
        <translation>„{text}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>Enter a finite number (not NaN or infinity)</source>
        <translation>Eine endliche Zahl eingeben (nicht NaN oder unendlich)</translation>
    </message>
    <message>
        <source>Enter a value from {low} to {high}</source>
        <translation>Einen Wert von {low} bis {high} eingeben</translation>
    </message>
</context>
<context>
    <name>QtOperatingPointOverlay</name>
    <message>
        <source>tangent at neuron&apos;s z</source>
        <translation>Tangente am z des Neurons</translation>
    </message>
</context>
<context>
    <name>QtOverlayList</name>
    <message>
        <source>Curves pinned with “Pin curve” (P): tick to show, untick to hide; right-click or select and press Remove to take one away</source>
        <translation>Mit „Kurve anheften“ (P) angeheftete Kurven: Häkchen setzen zum Zeigen, entfernen zum Ausblenden; Rechtsklick oder auswählen und „Entfernen“ drücken, um eine wegzunehmen</translation>
    </message>
    <message>
        <source>Pinned curves</source>
        <translation>Angeheftete Kurven</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected pinned curves from the plot</source>
        <translation>Die ausgewählten angehefteten Kurven aus dem Graphen entfernen</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Alle entfernen</translation>
    </message>
    <message>
        <source>Remove every pinned curve</source>
        <translation>Alle angehefteten Kurven entfernen</translation>
    </message>
    <message>
        <source>{curve}, {style}</source>
        <translation>{curve}, {style}</translation>
    </message>
    <message>
        <source>{curve} ({style})</source>
        <translation>{curve} ({style})</translation>
    </message>
    <message>
        <source>Nothing pinned yet</source>
        <translation>Noch nichts angeheftet</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Einblenden</translation>
    </message>
    <message>
        <source>Remove pinned curve</source>
        <translation>Angeheftete Kurve entfernen</translation>
    </message>
</context>
<context>
    <name>QtParamControl</name>
    <message>
        <source>{label}: {range}</source>
        <translation>{label}: {range}</translation>
    </message>
    <message>
        <source>{tip} (range {range}, default {default})</source>
        <translation>{tip} (Bereich {range}, Standard {default})</translation>
    </message>
    <message>
        <source>Reset {label} to its default ({default})</source>
        <translation>{label} auf den Standardwert ({default}) zurücksetzen</translation>
    </message>
</context>
<context>
    <name>QtParamPanel</name>
    <message>
        <source>This activation has no parameters.</source>
        <translation>Diese Aktivierungsfunktion hat keine Parameter.</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Alle zurücksetzen</translation>
    </message>
    <message>
        <source>Set every parameter back to its default</source>
        <translation>Alle Parameter auf ihren Standardwert zurücksetzen</translation>
    </message>
</context>
<context>
    <name>QtParamRangeRow</name>
    <message>
        <source>The default of {name}, where its slider starts</source>
        <translation>Der Standardwert von {name}, bei dem sein Schieberegler beginnt</translation>
    </message>
    <message>
        <source>The minimum of {name}</source>
        <translation>Das Minimum von {name}</translation>
    </message>
    <message>
        <source>The maximum of {name}</source>
        <translation>Das Maximum von {name}</translation>
    </message>
</context>
<context>
    <name>QtParamRanges</name>
    <message>
        <source>No parameters. Any name other than x, pi, e and the functions becomes one, with a slider.</source>
        <translation>Keine Parameter. Jeder Name außer x, pi, e und den Funktionen wird einer, mit Schieberegler.</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
</context>
<context>
    <name>QtPicker</name>
    <message>
        <source>{name} ({key}): {formula}</source>
        <translation>{name} ({key}): {formula}</translation>
    </message>
    <message>
        <source>Your own activation: right-click to edit, duplicate or delete it</source>
        <translation>Eigene Aktivierungsfunktion: Rechtsklick zum Bearbeiten, Duplizieren oder Löschen</translation>
    </message>
    <message>
        <source>Filter activations…</source>
        <translation>Aktivierungen filtern…</translation>
    </message>
    <message>
        <source>Type part of a name to filter the list; ↑/↓ switch activation</source>
        <translation>Einen Teil eines Namens eingeben, um die Liste zu filtern; ↑/↓ wechseln die Aktivierungsfunktion</translation>
    </message>
    <message>
        <source>Filter activations</source>
        <translation>Aktivierungen filtern</translation>
    </message>
    <message>
        <source>Pick an activation function; arrow keys switch it live</source>
        <translation>Eine Aktivierungsfunktion wählen; die Pfeiltasten wechseln sie sofort</translation>
    </message>
    <message>
        <source>Activation functions</source>
        <translation>Aktivierungsfunktionen</translation>
    </message>
    <message>
        <source>New activation…</source>
        <translation>Neue Aktivierungsfunktion …</translation>
    </message>
    <message>
        <source>Type your own activation as a formula; actviz derives f′</source>
        <translation>Eine eigene Aktivierungsfunktion als Formel eingeben; actviz bestimmt die Ableitung f′</translation>
    </message>
    <message>
        <source>Edit “{name}”…</source>
        <translation>„{name}“ bearbeiten …</translation>
    </message>
    <message>
        <source>Duplicate “{name}”</source>
        <translation>„{name}“ duplizieren</translation>
    </message>
    <message>
        <source>Delete “{name}”…</source>
        <translation>„{name}“ löschen …</translation>
    </message>
</context>
<context>
    <name>QtPlayButton</name>
    <message>
        <source>Pause {label}</source>
        <translation>{label} anhalten</translation>
    </message>
    <message>
        <source>Play {label}</source>
        <translation>{label} abspielen</translation>
    </message>
    <message>
        <source>sweep it between its ends (the arrow sets how)</source>
        <translation>zwischen den Grenzen durchlaufen lassen (der Pfeil legt fest, wie)</translation>
    </message>
    <message>
        <source>{name}: {how}</source>
        <translation>{name}: {how}</translation>
    </message>
</context>
<context>
    <name>QtRecordDialog</name>
    <message>
        <source>Record animation</source>
        <translation>Animation aufnehmen</translation>
    </message>
    <message>
        <source> s a pass</source>
        <translation> s pro Durchlauf</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> Bilder/s</translation>
    </message>
    <message>
        <source>Animated GIF</source>
        <translation>Animiertes GIF</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>MP4-Video</translation>
    </message>
    <message>
        <source>MP4 needs the video extra: pip install &apos;actviz[video]&apos;</source>
        <translation>MP4 braucht das Video-Extra: pip install &apos;actviz[video]&apos;</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>While playing</source>
        <translation>Während abgespielt wird</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Bildrate</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Aufnehmen…</translation>
    </message>
    <message>
        <source>Nothing can play: pick an activation that has a parameter.</source>
        <translation>Nichts kann abgespielt werden: eine Aktivierungsfunktion mit einem Parameter wählen.</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Wird aufgenommen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Could not record to {path}:
{error}</source>
        <translation>Aufnahme nach {path} nicht möglich:
{error}</translation>
    </message>
    <message>
        <source>Recording failed</source>
        <translation>Aufnahme fehlgeschlagen</translation>
    </message>
    <message>
        <source>{frames} frames, {seconds} s</source>
        <translation>{frames} Bilder, {seconds} s</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>Animiertes GIF (*.gif)</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-Video (*.mp4)</translation>
    </message>
</context>
<context>
    <name>QtRunBar</name>
    <message>
        <source>Train until paused (Space)</source>
        <translation>Trainieren bis zur Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Train one epoch: one pass over the training points</source>
        <translation>Eine Epoche trainieren: ein Durchgang über die Trainingspunkte</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>New weights from the seed, epoch 0</source>
        <translation>Neue Gewichte aus dem Seed, Epoche 0</translation>
    </message>
    <message>
        <source>How fast Play trains</source>
        <translation>Wie schnell „Start“ trainiert</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>Trainingsgeschwindigkeit</translation>
    </message>
    <message>
        <source>Epoch {epoch}</source>
        <translation>Epoche {epoch}</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Start</translation>
    </message>
    <message>
        <source>loss: training {train}, test {test}</source>
        <translation>Verlust: Training {train}, Test {test}</translation>
    </message>
    <message>
        <source>compared: training {train}, test {test}</source>
        <translation>Vergleichsnetz: Training {train}, Test {test}</translation>
    </message>
</context>
<context>
    <name>QtShortcutsDialog</name>
    <message>
        <source>Open the {title} menu</source>
        <translation>Menü {title} öffnen</translation>
    </message>
    <message>
        <source>F10, arrows</source>
        <translation>F10, Pfeiltasten</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Menüs</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>{name} (focused)</source>
        <translation>{name} (mit Fokus)</translation>
    </message>
    <message>
        <source>(shortcut)</source>
        <translation>(Tastenkürzel)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Type to filter…</source>
        <translation>Zum Filtern tippen…</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Entries without keys are reached through their menu: Alt+letter, then arrows.</source>
        <translation>Einträge ohne Tasten erreicht man über ihr Menü: Alt+Buchstabe, dann die Pfeiltasten.</translation>
    </message>
</context>
<context>
    <name>QtSideColumn</name>
    <message>
        <source>Activation</source>
        <translation>Aktivierungsfunktion</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Pinned curves</source>
        <translation>Angeheftete Kurven</translation>
    </message>
</context>
<context>
    <name>QtSignalsTab</name>
    <message>
        <source>Simulating…</source>
        <translation>Wird simuliert…</translation>
    </message>
    <message>
        <source>{first} vs {second}</source>
        <translation>{first} gegen {second}</translation>
    </message>
    <message>
        <source>{names}: {depth} layers × {width} units, batch {batch}, init {init} — computed in {seconds} s</source>
        <translation>{names}: {depth} Schichten × {width} Neuronen, Batch {batch}, Initialisierung {init} — berechnet in {seconds} s</translation>
    </message>
</context>
<context>
    <name>QtSimulationRunner</name>
    <message>
        <source>Could not simulate: {error}</source>
        <translation>Simulation nicht möglich: {error}</translation>
    </message>
</context>
<context>
    <name>QtSliderField</name>
    <message>
        <source>From {low} to {high} on a log scale: an arrow key multiplies or divides it by {step}, Page Up and Page Down by {page}.</source>
        <translation>Von {low} bis {high} auf logarithmischer Skala: eine Pfeiltaste ändert den Wert um den Faktor {step}, Bild auf und Bild ab um den Faktor {page}.</translation>
    </message>
    <message>
        <source>From {low} to {high}: an arrow key changes it by {step}, Page Up and Page Down by {page}.</source>
        <translation>Von {low} bis {high}: eine Pfeiltaste ändert den Wert um {step}, Bild auf und Bild ab um {page}.</translation>
    </message>
    <message>
        <source>Type a value from {low} to {high} and press Enter.</source>
        <translation>Einen Wert von {low} bis {high} eingeben und die Eingabetaste drücken.</translation>
    </message>
    <message>
        <source>Reset {label} to its default</source>
        <translation>{label} auf den Standardwert zurücksetzen</translation>
    </message>
</context>
<context>
    <name>QtSoftmaxBars</name>
    <message>
        <source>Softmax bars: logits, terms and outputs</source>
        <translation>Softmax-Balken: Logits, Terme und Ausgaben</translation>
    </message>
    <message>
        <source>logits z = score + shift</source>
        <translation>Logits z = Score + Verschiebung</translation>
    </message>
    <message>
        <source>largest float64 ≈ 1.8e308</source>
        <translation>größte float64-Zahl ≈ 1,8e308</translation>
    </message>
    <message>
        <source>smallest float64 ≈ 5e−324</source>
        <translation>kleinste float64-Zahl ≈ 5e−324</translation>
    </message>
    <message>
        <source>naive log₁₀ exp(z/T)</source>
        <translation>naiv log₁₀ exp(z/T)</translation>
    </message>
</context>
<context>
    <name>QtSoftmaxClassRow</name>
    <message>
        <source>The class name: click to rename</source>
        <translation>Der Klassenname: zum Umbenennen anklicken</translation>
    </message>
    <message>
        <source>This class&apos;s score (logit) before the shift</source>
        <translation>Der Score (Logit) dieser Klasse vor der Verschiebung</translation>
    </message>
    <message>
        <source>Remove this class</source>
        <translation>Diese Klasse entfernen</translation>
    </message>
    <message>
        <source>Score of {name}</source>
        <translation>Score von {name}</translation>
    </message>
    <message>
        <source>Name of class {number}</source>
        <translation>Name der Klasse {number}</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
</context>
<context>
    <name>QtSoftmaxClasses</name>
    <message>
        <source>+ Add class</source>
        <translation>+ Klasse hinzufügen</translation>
    </message>
    <message>
        <source>Softmax over up to {count} classes</source>
        <translation>Softmax über bis zu {count} Klassen</translation>
    </message>
</context>
<context>
    <name>QtSoftmaxControls</name>
    <message>
        <source>Divides every logit: low T sharpens to one-hot, high T flattens to uniform</source>
        <translation>Teilt jeden Logit: kleines T schärft bis zu One-hot, großes T ebnet bis zur Gleichverteilung ein</translation>
    </message>
    <message>
        <source>Temperature T</source>
        <translation>Temperatur T</translation>
    </message>
    <message>
        <source>the temperature</source>
        <translation>die Temperatur</translation>
    </message>
    <message>
        <source>The same constant added to every logit: softmax does not change. Large values make the naive formula overflow.</source>
        <translation>Dieselbe Konstante zu jedem Logit addiert: Softmax ändert sich nicht. Große Werte lassen die naive Formel überlaufen.</translation>
    </message>
    <message>
        <source>Add to every logit</source>
        <translation>Zu jedem Logit addieren</translation>
    </message>
    <message>
        <source>p_i = exp(z_i/T) / Σ_j exp(z_j/T): the largest score gets the largest probability</source>
        <translation>p_i = exp(z_i/T) / Σ_j exp(z_j/T): der größte Score bekommt die größte Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>log p_i, computed directly: what a cross-entropy loss uses</source>
        <translation>log p_i, direkt berechnet: was ein Kreuzentropie-Verlust verwendet</translation>
    </message>
    <message>
        <source>softmax(−z/T): the smallest score gets the largest probability</source>
        <translation>softmax(−z/T): der kleinste Score bekommt die größte Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Naive exp (no max subtracted)</source>
        <translation>Naives exp (ohne Abzug des Maximums)</translation>
    </message>
    <message>
        <source>Also compute exp(z/T) / Σ exp(z/T) directly, as a textbook writes it, to see where it overflows</source>
        <translation>Zusätzlich exp(z/T) / Σ exp(z/T) direkt berechnen, wie es im Lehrbuch steht, um zu sehen, wo es überläuft</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>New scores drawn from a normal distribution (seeded)</source>
        <translation>Neue Scores, normalverteilt gezogen (mit Seed)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to cat, dog, bird at T = 1</source>
        <translation>Zurück zu cat, dog, bird bei T = 1</translation>
    </message>
</context>
<context>
    <name>QtSoftmaxNaiveTable</name>
    <message>
        <source>Naive and stable softmax, class by class</source>
        <translation>Naive und stabile Softmax, Klasse für Klasse</translation>
    </message>
    <message>
        <source>naive exp(z/T)</source>
        <translation>naives exp(z/T)</translation>
    </message>
    <message>
        <source>naive output</source>
        <translation>naive Ausgabe</translation>
    </message>
    <message>
        <source>stable output</source>
        <translation>stabile Ausgabe</translation>
    </message>
    <message>
        <source>The naive formula broke here</source>
        <translation>Hier hat die naive Formel versagt</translation>
    </message>
    <message>
        <source>exp(z/T) overflowed to inf for {names}: z/T is above {threshold}, and exp of that is beyond the largest float64 (1.8e308). Then inf / inf = NaN, and a finite term / inf = 0. The stable formula subtracts the largest z first, so its biggest term is exp(0) = 1 and nothing can overflow: its answer stays right.</source>
        <translation>exp(z/T) ist für {names} zu inf übergelaufen: z/T liegt über {threshold}, und exp davon ist größer als die größte float64-Zahl (1,8e308). Dann ist inf / inf = NaN und ein endlicher Term / inf = 0. Die stabile Formel zieht zuerst das größte z ab, daher ist ihr größter Term exp(0) = 1 und nichts kann überlaufen: Ihr Ergebnis bleibt richtig.</translation>
    </message>
    <message>
        <source>Every exp(z/T) underflowed to 0 (z/T below {threshold}), so the naive formula computes 0 / 0 = NaN. Subtracting the maximum makes the largest term exp(0) = 1, so the stable sum is never 0.</source>
        <translation>Jedes exp(z/T) ist zu 0 unterlaufen (z/T unter {threshold}), daher berechnet die naive Formel 0 / 0 = NaN. Der Abzug des Maximums macht den größten Term zu exp(0) = 1, daher ist die stabile Summe nie 0.</translation>
    </message>
    <message>
        <source>Some exp(z/T) underflowed to 0, and log 0 = −inf where the stable log-softmax keeps the exact (finite) value z/T − logsumexp.</source>
        <translation>Einige exp(z/T) sind zu 0 unterlaufen, und log 0 = −inf, wo die stabile Log-Softmax den exakten (endlichen) Wert z/T − logsumexp behält.</translation>
    </message>
    <message>
        <source>No overflow at these values: naive and stable agree. Raise “Add to every logit” (or lower T) until some z/T passes {threshold} to watch the naive one break.</source>
        <translation>Kein Überlauf bei diesen Werten: naiv und stabil stimmen überein. „Zu jedem Logit addieren“ erhöhen (oder T senken), bis ein z/T {threshold} übersteigt, um die naive Formel versagen zu sehen.</translation>
    </message>
</context>
<context>
    <name>QtSoftmaxPanel</name>
    <message>
        <source>Temperature, shift and mode</source>
        <translation>Temperatur, Verschiebung und Modus</translation>
    </message>
    <message>
        <source>Classes: name and score</source>
        <translation>Klassen: Name und Score</translation>
    </message>
    <message>
        <source>Readouts</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>QtSoftmaxReadouts</name>
    <message>
        <source>Shannon entropy −Σ p log₂ p: 0 bits when one class is certain, log₂ n when all tie</source>
        <translation>Shannon-Entropie −Σ p log₂ p: 0 Bit, wenn eine Klasse sicher ist, log₂ n, wenn alle gleichauf liegen</translation>
    </message>
    <message>
        <source>Low T → one-hot (entropy 0). High T → uniform (entropy log₂ n). Adding the same number to every logit changes nothing.</source>
        <translation>Kleines T → One-hot (Entropie 0). Großes T → Gleichverteilung (Entropie log₂ n). Dieselbe Zahl zu jedem Logit zu addieren ändert nichts.</translation>
    </message>
    <message>
        <source>Entropy: &lt;b&gt;{bits} bits&lt;/b&gt; = {percent}% of the maximum log₂({n}) = {maximum} bits</source>
        <translation>Entropie: &lt;b&gt;{bits} Bit&lt;/b&gt; = {percent} % des Maximums log₂({n}) = {maximum} Bit</translation>
    </message>
    <message>
        <source>Top class: &lt;b&gt;{name}&lt;/b&gt;, p = &lt;b&gt;{p}&lt;/b&gt;</source>
        <translation>Wahrscheinlichste Klasse: &lt;b&gt;{name}&lt;/b&gt;, p = &lt;b&gt;{p}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>QtSoftmaxSweep</name>
    <message>
        <source>The class whose logit sweeps</source>
        <translation>Die Klasse, deren Logit variiert wird</translation>
    </message>
    <message>
        <source>Sweep the logit of</source>
        <translation>Logit durchlaufen lassen von</translation>
    </message>
    <message>
        <source>Sweep of one logit</source>
        <translation>Durchlauf eines Logits</translation>
    </message>
    <message>
        <source>as a sigmoid</source>
        <translation>als Sigmoid</translation>
    </message>
    <message>
        <source>z of {name} (the others fixed)</source>
        <translation>z von {name} (die anderen fest)</translation>
    </message>
    <message>
        <source>With two classes, softmax &lt;b&gt;is the sigmoid of the difference&lt;/b&gt;: {formula}. The dashed sigmoid lies on the curve.</source>
        <translation>Bei zwei Klassen &lt;b&gt;ist Softmax die Sigmoid der Differenz&lt;/b&gt;: {formula}. Die gestrichelte Sigmoid liegt auf der Kurve.</translation>
    </message>
    <message>
        <source>{formula}: a sigmoid of {name}&apos;s logit against the log-sum-exp of the others (dashed). With two classes it is the sigmoid of the difference.</source>
        <translation>{formula}: eine Sigmoid des Logits von {name} gegen den Log-Sum-Exp der anderen (gestrichelt). Bei zwei Klassen ist es die Sigmoid der Differenz.</translation>
    </message>
</context>
<context>
    <name>QtTourDialog</name>
    <message>
        <source>Tour of actviz</source>
        <translation>Rundgang durch actviz</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} von {count}</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>QtTrainingControls</name>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>The size of each gradient step (Playground&apos;s default: {rate})</source>
        <translation>Die Größe jedes Gradientenschritts (Voreinstellung in Playground: {rate})</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Training points per gradient step ({low} to {high})</source>
        <translation>Trainingspunkte je Gradientenschritt ({low} bis {high})</translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation>Regularisierung</translation>
    </message>
    <message>
        <source>L1 adds rate·Σ|w| to the loss (drives weights to exactly 0); L2 adds rate·½Σw²</source>
        <translation>L1 addiert Rate·Σ|w| zum Verlust (treibt Gewichte auf genau 0); L2 addiert Rate·½Σw²</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Regularisation rate</source>
        <translation>Regularisierungsrate</translation>
    </message>
    <message>
        <source>How strongly the penalty pulls the weights towards 0 (0 to 10)</source>
        <translation>Wie stark der Strafterm die Gewichte zu 0 zieht (0 bis 10)</translation>
    </message>
</context>
<context>
    <name>QtTrainingExports</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Map as &amp;PNG…</source>
        <translation>Karte als &amp;PNG…</translation>
    </message>
    <message>
        <source>Map as &amp;SVG…</source>
        <translation>Karte als &amp;SVG…</translation>
    </message>
    <message>
        <source>Loss history as &amp;CSV…</source>
        <translation>Verlustverlauf als &amp;CSV…</translation>
    </message>
    <message>
        <source>Trained network as &amp;JSON…</source>
        <translation>Trainiertes Netz als &amp;JSON…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>CSV data (*.csv)</source>
        <translation>CSV-Daten (*.csv)</translation>
    </message>
    <message>
        <source>JSON network (*.json)</source>
        <translation>JSON-Netz (*.json)</translation>
    </message>
    <message>
        <source>could not write {name}</source>
        <translation>{name} konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>actviz: training lab decision map</source>
        <translation>actviz: Entscheidungskarte des Trainingslabors</translation>
    </message>
    <message>
        <source>Could not export to {path}: {reason}</source>
        <translation>Export nach {path} fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exportiert</translation>
    </message>
</context>
<context>
    <name>QtTrainingLossPlot</name>
    <message>
        <source>Loss per epoch</source>
        <translation>Verlust je Epoche</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation>Verlust (log.)</translation>
    </message>
    <message>
        <source>{name}, training</source>
        <translation>{name}, Training</translation>
    </message>
    <message>
        <source>dashed: test</source>
        <translation>gestrichelt: Test</translation>
    </message>
    <message>
        <source>Not trained yet.</source>
        <translation>Noch nicht trainiert.</translation>
    </message>
    <message>
        <source>{name}: at epoch {epoch}, training loss {train}, test loss {test}.</source>
        <translation>{name}: in Epoche {epoch} Trainingsverlust {train}, Testverlust {test}.</translation>
    </message>
</context>
<context>
    <name>QtTrainingPanel</name>
    <message>
        <source>Could not load {name}: it is not a text file (not UTF-8).</source>
        <translation>{name} konnte nicht geladen werden: Es ist keine Textdatei (kein UTF-8).</translation>
    </message>
    <message>
        <source>Could not load {name}: {reason}.</source>
        <translation>{name} konnte nicht geladen werden: {reason}.</translation>
    </message>
    <message>
        <source>Loaded {count} points (values) from {name}.</source>
        <translation>{count} Punkte (Werte) aus {name} geladen.</translation>
    </message>
    <message>
        <source>Loaded {count} points (classes) from {name}.</source>
        <translation>{count} Punkte (Klassen) aus {name} geladen.</translation>
    </message>
    <message>
        <source>it is larger than {size} MB</source>
        <translation>die Datei ist größer als {size} MB</translation>
    </message>
    <message>
        <source>Train a small network on points in the plane and watch its decision map form. Try a lesson from the list, press Play, click the map to add points, click a link of the diagram to change its weight, compare two networks side by side.</source>
        <translation>Ein kleines Netz auf Punkten in der Ebene trainieren und zusehen, wie seine Entscheidungskarte entsteht. Eine Lektion aus der Liste wählen, „Start“ drücken, auf die Karte klicken, um Punkte hinzuzufügen, eine Verbindung im Diagramm anklicken, um ihr Gewicht zu ändern, zwei Netze nebeneinander vergleichen.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save the map, the loss history or the trained network</source>
        <translation>Die Karte, den Verlustverlauf oder das trainierte Netz speichern</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Hidden space</source>
        <translation>Verdeckter Raum</translation>
    </message>
    <message>
        <source>Paused: training stops while the lab is out of sight.</source>
        <translation>Angehalten: Das Training ruht, solange das Labor nicht zu sehen ist.</translation>
    </message>
    <message>
        <source>initial weights: {init}</source>
        <translation>Anfangsgewichte: {init}</translation>
    </message>
    <message>
        <source>learning rate {rate}</source>
        <translation>Lernrate {rate}</translation>
    </message>
    <message>
        <source>no hidden layer</source>
        <translation>keine verdeckte Schicht</translation>
    </message>
    <message>
        <source>Load points</source>
        <translation>Punkte laden</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>QtTrainingPresets</name>
    <message>
        <source>Lessons…</source>
        <translation>Lektionen…</translation>
    </message>
    <message>
        <source>Set the lab up for a lesson, with a sentence saying what to notice</source>
        <translation>Das Labor für eine Lektion einrichten, mit einem Satz, worauf zu achten ist</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
</context>
<context>
    <name>QtWarpView</name>
    <message>
        <source>The plane after each layer</source>
        <translation>Die Ebene nach jeder Schicht</translation>
    </message>
    <message>
        <source>after layer {layer}</source>
        <translation>nach Schicht {layer}</translation>
    </message>
    <message>
        <source>input x</source>
        <translation>Eingabe x</translation>
    </message>
</context>
<context>
    <name>QtWeightEditor</name>
    <message>
        <source>Weight of the selected link</source>
        <translation>Gewicht der gewählten Verbindung</translation>
    </message>
    <message>
        <source>The weight of the selected link</source>
        <translation>Das Gewicht der gewählten Verbindung</translation>
    </message>
    <message>
        <source>Links: blue for a positive weight, orange for a negative one, thicker for a larger one. Click a link to edit its weight.</source>
        <translation>Verbindungen: blau bei positivem Gewicht, orange bei negativem, dicker bei größerem. Eine Verbindung anklicken, um ihr Gewicht zu bearbeiten.</translation>
    </message>
    <message>
        <source>unit {unit} of layer {layer}</source>
        <translation>Neuron {unit} der Schicht {layer}</translation>
    </message>
    <message>
        <source>Weight from {origin} to the output:</source>
        <translation>Gewicht von {origin} zur Ausgabe:</translation>
    </message>
    <message>
        <source>Weight from {origin} to {goal}:</source>
        <translation>Gewicht von {origin} zu {goal}:</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <source>The linear unit of ADALINE: Widrow and Hoff, Adaptive switching circuits, 1960</source>
        <translation>Die lineare Einheit von ADALINE: Widrow und Hoff, Adaptive switching circuits, 1960</translation>
    </message>
    <message>
        <source>McCulloch and Pitts, A logical calculus of the ideas immanent in nervous activity, 1943</source>
        <translation>McCulloch und Pitts, A logical calculus of the ideas immanent in nervous activity, 1943</translation>
    </message>
    <message>
        <source>Rumelhart, Hinton and Williams, Learning representations by back-propagating errors, 1986</source>
        <translation>Rumelhart, Hinton und Williams, Learning representations by back-propagating errors, 1986</translation>
    </message>
    <message>
        <source>LeCun, Bottou, Orr and Müller, Efficient BackProp, 1998</source>
        <translation>LeCun, Bottou, Orr und Müller, Efficient BackProp, 1998</translation>
    </message>
    <message>
        <source>The log-likelihood of logistic regression (Cox, 1958)</source>
        <translation>Die Log-Likelihood der logistischen Regression (Cox, 1958)</translation>
    </message>
    <message>
        <source>Glorot and Bengio, Understanding the difficulty of training deep feedforward neural networks, 2010</source>
        <translation>Glorot und Bengio, Understanding the difficulty of training deep feedforward neural networks, 2010</translation>
    </message>
    <message>
        <source>Among the sigmoid-type squashing functions of Cybenko&apos;s universal approximation theorem, 1989</source>
        <translation>Eine der sigmoidalen Squashing-Funktionen aus Cybenkos universellem Approximationssatz, 1989</translation>
    </message>
    <message>
        <source>Broomhead and Lowe, Multivariable functional interpolation and adaptive networks, 1988</source>
        <translation>Broomhead und Lowe, Multivariable functional interpolation and adaptive networks, 1988</translation>
    </message>
    <message>
        <source>Sitzmann et al., Implicit neural representations with periodic activation functions (SIREN), 2020</source>
        <translation>Sitzmann et al., Implicit neural representations with periodic activation functions (SIREN), 2020</translation>
    </message>
    <message>
        <source>Clevert, Unterthiner and Hochreiter, Fast and accurate deep network learning by exponential linear units (ELUs), 2015</source>
        <translation>Clevert, Unterthiner und Hochreiter, Fast and accurate deep network learning by exponential linear units (ELUs), 2015</translation>
    </message>
    <message>
        <source>Klambauer, Unterthiner, Mayr and Hochreiter, Self-normalizing neural networks, 2017</source>
        <translation>Klambauer, Unterthiner, Mayr und Hochreiter, Self-normalizing neural networks, 2017</translation>
    </message>
    <message>
        <source>Barron, Continuously differentiable exponential linear units, 2017</source>
        <translation>Barron, Continuously differentiable exponential linear units, 2017</translation>
    </message>
    <message>
        <source>Collobert, Weston, Bottou, Karlen, Kavukcuoglu and Kuksa, Natural language processing (almost) from scratch, 2011</source>
        <translation>Collobert, Weston, Bottou, Karlen, Kavukcuoglu und Kuksa, Natural language processing (almost) from scratch, 2011</translation>
    </message>
    <message>
        <source>Howard et al., Searching for MobileNetV3, 2019</source>
        <translation>Howard et al., Searching for MobileNetV3, 2019</translation>
    </message>
    <message>
        <source>Nair and Hinton, Rectified linear units improve restricted Boltzmann machines, 2010</source>
        <translation>Nair und Hinton, Rectified linear units improve restricted Boltzmann machines, 2010</translation>
    </message>
    <message>
        <source>Krizhevsky, Convolutional deep belief networks on CIFAR-10, 2010</source>
        <translation>Krizhevsky, Convolutional deep belief networks on CIFAR-10, 2010</translation>
    </message>
    <message>
        <source>Maas, Hannun and Ng, Rectifier nonlinearities improve neural network acoustic models, 2013</source>
        <translation>Maas, Hannun und Ng, Rectifier nonlinearities improve neural network acoustic models, 2013</translation>
    </message>
    <message>
        <source>He, Zhang, Ren and Sun, Delving deep into rectifiers, 2015</source>
        <translation>He, Zhang, Ren und Sun, Delving deep into rectifiers, 2015</translation>
    </message>
    <message>
        <source>Xu, Wang, Chen and Li, Empirical evaluation of rectified activations in convolutional network, 2015</source>
        <translation>Xu, Wang, Chen und Li, Empirical evaluation of rectified activations in convolutional network, 2015</translation>
    </message>
    <message>
        <source>Konda, Memisevic and Krueger, Zero-bias autoencoders and the benefits of co-adapting features, 2015</source>
        <translation>Konda, Memisevic und Krueger, Zero-bias autoencoders and the benefits of co-adapting features, 2015</translation>
    </message>
    <message>
        <source>Donoho, De-noising by soft-thresholding, 1995</source>
        <translation>Donoho, De-noising by soft-thresholding, 1995</translation>
    </message>
    <message>
        <source>Donoho and Johnstone, Ideal spatial adaptation by wavelet shrinkage, 1994</source>
        <translation>Donoho und Johnstone, Ideal spatial adaptation by wavelet shrinkage, 1994</translation>
    </message>
    <message>
        <source>Collobert, Kavukcuoglu and Farabet, Torch7: a Matlab-like environment for machine learning, 2011</source>
        <translation>Collobert, Kavukcuoglu und Farabet, Torch7: a Matlab-like environment for machine learning, 2011</translation>
    </message>
    <message>
        <source>Hendrycks and Gimpel, Gaussian Error Linear Units (GELUs), 2016</source>
        <translation>Hendrycks und Gimpel, Gaussian Error Linear Units (GELUs), 2016</translation>
    </message>
    <message>
        <source>Elfwing, Uchibe and Doya, Sigmoid-weighted linear units for neural network function approximation in reinforcement learning, 2017</source>
        <translation>Elfwing, Uchibe und Doya, Sigmoid-weighted linear units for neural network function approximation in reinforcement learning, 2017</translation>
    </message>
    <message>
        <source>Ramachandran, Zoph and Le, Searching for activation functions, 2017</source>
        <translation>Ramachandran, Zoph und Le, Searching for activation functions, 2017</translation>
    </message>
    <message>
        <source>Misra, Mish: A self regularized non-monotonic activation function, 2019</source>
        <translation>Misra, Mish: A self regularized non-monotonic activation function, 2019</translation>
    </message>
    <message>
        <source>Dugas, Bengio, Bélisle, Nadeau and Garcia, Incorporating second-order functional knowledge for better option pricing, 2001</source>
        <translation>Dugas, Bengio, Bélisle, Nadeau und Garcia, Incorporating second-order functional knowledge for better option pricing, 2001</translation>
    </message>
    <message>
        <source>Barron, Squareplus: A softplus-like algebraic rectifier, 2021</source>
        <translation>Barron, Squareplus: A softplus-like algebraic rectifier, 2021</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>&amp;Open session…</source>
        <translation>Sitzung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a lesson file (.actviz) and restore every panel from it</source>
        <translation>Eine Unterrichtsdatei (.actviz) öffnen und jeden Bereich daraus wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>Sitzung &amp;speichern</translation>
    </message>
    <message>
        <source>Save every panel&apos;s state to the current lesson file</source>
        <translation>Den Zustand jedes Bereichs in der aktuellen Unterrichtsdatei speichern</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>Sitzung speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save every panel&apos;s state to a new lesson file</source>
        <translation>Den Zustand jedes Bereichs in einer neuen Unterrichtsdatei speichern</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>actviz lessons (*.actviz);;All files (*)</source>
        <translation>actviz-Unterrichtsdateien (*.actviz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Unterrichtsdatei öffnen</translation>
    </message>
    <message>
        <source>Could not open the lesson.

{error}</source>
        <translation>Die Unterrichtsdatei ließ sich nicht öffnen.

{error}</translation>
    </message>
    <message>
        <source>Opened {name} with one note</source>
        <translation>{name} geöffnet, mit einem Hinweis</translation>
    </message>
    <message>
        <source>Opened {name} with {count} notes</source>
        <translation>{name} geöffnet, mit {count} Hinweisen</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} geöffnet</translation>
    </message>
    <message>
        <source>{name} was opened. Some settings were adjusted or ignored:</source>
        <translation>{name} wurde geöffnet. Einige Einstellungen wurden angepasst oder übergangen:</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Unterrichtsdatei speichern</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}.
The previous file is unchanged.</source>
        <translation>{name} ließ sich nicht speichern: {reason}.
Die bisherige Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} gespeichert</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Stored settings were not readable; started with the defaults.</source>
        <extracomment>A language code (&quot;de&quot;), or &quot;&quot; for the system&apos;s language; missing means &quot;&quot; too.</extracomment>
        <translation>Die gespeicherten Einstellungen waren nicht lesbar; gestartet mit den Standardwerten.</translation>
    </message>
    <message>
        <source>Stored settings were not used ({error}); started with the defaults.</source>
        <translation>Die gespeicherten Einstellungen wurden nicht verwendet ({error}); gestartet mit den Standardwerten.</translation>
    </message>
    <message>
        <source>Settings restored with adjustments: {notes}</source>
        <translation>Einstellungen mit Anpassungen wiederhergestellt: {notes}</translation>
    </message>
</context>
<context>
    <name>Softmax</name>
    <message>
        <source>the temperature must be a finite number &gt; 0, got {value}</source>
        <extracomment>exp(x) overflows float64 for x above this (log of the largest float, about 709.78). exp(x) rounds to 0 for x below this (log of the smallest subnormal float, about -744.44).</extracomment>
        <translation>die Temperatur muss eine endliche Zahl &gt; 0 sein, nicht {value}</translation>
    </message>
    <message>
        <source>mode must be one of {modes}, got {mode}</source>
        <translation>der Modus muss einer von {modes} sein, nicht {mode}</translation>
    </message>
    <message>
        <source>softmax needs a non-empty vector of logits, got shape {shape}</source>
        <translation>Softmax braucht einen nicht leeren Vektor von Logits, nicht ein Feld der Form {shape}</translation>
    </message>
</context>
<context>
    <name>SoftmaxStyle</name>
    <message>
        <source>terms exp((min z − z)/T)</source>
        <translation>Terme exp((min z − z)/T)</translation>
    </message>
    <message>
        <source>terms exp((z − max z)/T)</source>
        <translation>Terme exp((z − max z)/T)</translation>
    </message>
    <message>
        <source>Jacobian ∂log p&lt;sub&gt;i&lt;/sub&gt;/∂z&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation>Jacobi-Matrix ∂log p&lt;sub&gt;i&lt;/sub&gt;/∂z&lt;sub&gt;j&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Jacobian ∂softmin&lt;sub&gt;i&lt;/sub&gt;/∂z&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation>Jacobi-Matrix ∂softmin&lt;sub&gt;i&lt;/sub&gt;/∂z&lt;sub&gt;j&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Jacobian ∂p&lt;sub&gt;i&lt;/sub&gt;/∂z&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation>Jacobi-Matrix ∂p&lt;sub&gt;i&lt;/sub&gt;/∂z&lt;sub&gt;j&lt;/sub&gt;</translation>
    </message>
</context>
<context>
    <name>SoftmaxText</name>
    <message>
        <source>{name}: logit {logit}, {output} = {value}</source>
        <translation>{name}: Logit {logit}, {output} = {value}</translation>
    </message>
    <message>
        <source> (naive: {value})</source>
        <translation> (naiv: {value})</translation>
    </message>
    <message>
        <source>{count} classes at T = {temperature} ({mode}).</source>
        <translation>{count} Klassen bei T = {temperature} ({mode}).</translation>
    </message>
    <message>
        <source>Most probable: {name}, p = {p}.</source>
        <translation>Am wahrscheinlichsten: {name}, p = {p}.</translation>
    </message>
    <message>
        <source>row {name}: {values}</source>
        <translation>Zeile {name}: {values}</translation>
    </message>
    <message>
        <source>Jacobian of the outputs by the logits, {count} by {count}, columns {names}.</source>
        <translation>Jacobi-Matrix der Ausgaben nach den Logits, {count} × {count}, Spalten {names}.</translation>
    </message>
    <message>
        <source>{output}({name}) as the logit of {name} sweeps from {low} to {high}, the others fixed; now z = {z}, {output} = {value}.</source>
        <translation>{output}({name}), während das Logit von {name} von {low} bis {high} läuft und die anderen fest bleiben; jetzt z = {z}, {output} = {value}.</translation>
    </message>
</context>
<context>
    <name>TourStep</name>
    <message>
        <source>Welcome to actviz</source>
        <extracomment>Set on a panel whose What&apos;s This text is its tour hint (so a new language may replace it).</extracomment>
        <translation>Willkommen bei actviz</translation>
    </message>
    <message>
        <source>A neuron computes z = w·x + b and passes it through an activation f. Without f, any stack of layers collapses into one straight-line map. This tour shows where to see why. Use Next and Back (Alt+N, Alt+B); the app stays live while the tour is open.</source>
        <translation>Ein Neuron berechnet z = w·x + b und gibt es durch eine Aktivierung f weiter. Ohne f fällt jeder Stapel von Schichten zu einer einzigen linearen Abbildung zusammen. Dieser Rundgang zeigt, wo das zu sehen ist. Weiter und Zurück (Alt+W, Alt+Z) blättern durch ihn; die App bleibt bedienbar, solange er offen ist.</translation>
    </message>
    <message>
        <source>Pick an activation</source>
        <translation>Eine Aktivierung wählen</translation>
    </message>
    <message>
        <source>Type to filter the list, and use the arrow keys to step through it: the curves follow. Try ReLU, then sigmoid: where is each derivative zero, and where is it largest?</source>
        <translation>Tippen filtert die Liste; mit den Pfeiltasten lässt sie sich durchgehen, und die Kurven folgen. ReLU ausprobieren, dann Sigmoid: Wo ist die jeweilige Ableitung null, und wo ist sie am größten?</translation>
    </message>
    <message>
        <source>Turn the knobs</source>
        <translation>An den Reglern drehen</translation>
    </message>
    <message>
        <source>Each parameter has a slider and an exact entry. Pick leaky ReLU and drag its slope from 0 to 1: at 0 it is ReLU, at 1 it is a straight line that cannot bend anything.</source>
        <translation>Jeder Parameter hat einen Schieberegler und ein Feld für den genauen Wert. Leaky ReLU wählen und ihre Steigung von 0 bis 1 ziehen: Bei 0 ist sie ReLU, bei 1 eine Gerade, die nichts mehr knicken kann.</translation>
    </message>
    <message>
        <source>Read the curves</source>
        <translation>Die Kurven lesen</translation>
    </message>
    <message>
        <source>The solid curve is f, the dashed one is f′, the slope that backprop multiplies by. Hover for exact values, zoom with the wheel (corners stay sharp), and pin a curve to compare it with the next one.</source>
        <translation>Die durchgezogene Kurve ist f, die gestrichelte f′, die Steigung, mit der die Backpropagation multipliziert. Wo die Maus darüber steht, erscheinen genaue Werte; das Mausrad zoomt (Knicke bleiben scharf), und eine angeheftete Kurve lässt sich mit der nächsten vergleichen.</translation>
    </message>
    <message>
        <source>One neuron, both passes</source>
        <translation>Ein Neuron, vorwärts und rückwärts</translation>
    </message>
    <message>
        <source>Drag the weights and bias until z &lt; 0 with ReLU: dL/dz drops to 0 and Step changes nothing (a dying ReLU). Switch to leaky ReLU and press Step again: it recovers.</source>
        <translation>Mit ReLU die Gewichte und den Bias ziehen, bis z &lt; 0: dL/dz fällt auf 0, und ein Schritt ändert nichts (ein totes Neuron, Dying ReLU). Zu Leaky ReLU wechseln und wieder einen Schritt machen: Es erholt sich.</translation>
    </message>
    <message>
        <source>Softmax and temperature</source>
        <translation>Softmax und Temperatur</translation>
    </message>
    <message>
        <source>Lower the temperature towards 0.01: the probabilities approach one-hot. Raise it to 100: they flatten towards uniform. Add the same number to every score: nothing changes.</source>
        <translation>Die Temperatur in Richtung 0,01 senken: Die Wahrscheinlichkeiten nähern sich One-Hot. Auf 100 erhöhen: Sie werden fast gleichverteilt. Zu jedem Score dieselbe Zahl addieren: Nichts ändert sich.</translation>
    </message>
    <message>
        <source>A deep network</source>
        <translation>Ein tiefes Netz</translation>
    </message>
    <message>
        <source>Try the presets. Sigmoid&apos;s gradient shrinks by orders of magnitude from the last layer to the first; ReLU with He initialisation keeps its scale through 50 layers.</source>
        <translation>Die Voreinstellungen ausprobieren. Bei der Sigmoidfunktion schrumpft der Gradient von der letzten Schicht zur ersten um Größenordnungen; bei ReLU mit He-Initialisierung behält er seine Größe über 50 Schichten.</translation>
    </message>
    <message>
        <source>Lessons and the classroom</source>
        <translation>Unterrichtsdateien und das Klassenzimmer</translation>
    </message>
    <message>
        <source>File › Save session (Ctrl+S) keeps every panel in a .actviz lesson file to hand out; opening it restores everything. View › Presentation mode (Ctrl+Shift+P) and F11 suit a projector. Help › Keyboard shortcuts lists every key.</source>
        <translation>Datei › Sitzung speichern (Strg+S) hält jeden Bereich in einer .actviz-Unterrichtsdatei fest, die sich verteilen lässt; beim Öffnen ist alles wieder da. Ansicht › Präsentationsmodus (Strg+Umschalt+P) und F11 eignen sich für den Beamer. Hilfe › Tastenkürzel listet jede Taste auf.</translation>
    </message>
</context>
<context>
    <name>ToyData</name>
    <message>
        <source>Two moons</source>
        <extracomment>English labels (shown through :func:`dataset_label_text`).</extracomment>
        <translation>Zwei Monde</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Kreise</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>the number of points must be a whole number ≥ 2, got {n}</source>
        <translation>die Anzahl der Punkte muss eine ganze Zahl ≥ 2 sein, nicht {n}</translation>
    </message>
    <message>
        <source>unknown data set {name}; known: {known}</source>
        <translation>unbekannter Datensatz {name}; bekannt sind: {known}</translation>
    </message>
</context>
<context>
    <name>TrainingData</name>
    <message>
        <source>Circle</source>
        <extracomment>English labels (shown through :func:`dataset_label_text`).</extracomment>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation>Exklusives Oder (XOR)</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>Gauß-Wolken</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>Zwei Monde</translation>
    </message>
    <message>
        <source>Plane (regression)</source>
        <translation>Ebene (Regression)</translation>
    </message>
    <message>
        <source>Multi-Gaussian (regression)</source>
        <translation>Mehrere Gauß-Glocken (Regression)</translation>
    </message>
    <message>
        <source>y = sin(x)</source>
        <extracomment>English labels (shown through :func:`boundary_label_text`).</extracomment>
        <translation>y = sin(x)</translation>
    </message>
    <message>
        <source>y = x³ − x</source>
        <translation>y = x³ − x</translation>
    </message>
    <message>
        <source>y = |x|</source>
        <translation>y = |x|</translation>
    </message>
    <message>
        <source>y = step(x)  (0 for x &lt; 0, 1 for x ≥ 0)</source>
        <translation>y = step(x)  (0 für x &lt; 0, 1 für x ≥ 0)</translation>
    </message>
    <message>
        <source>points must have at least 2 rows to split, got {n}</source>
        <extracomment>Playground&apos;s six signed bumps (cx, cy, sign) of the multi-Gaussian regression set.</extracomment>
        <translation>zum Aufteilen braucht es mindestens 2 Punkte, hier sind es {n}</translation>
    </message>
    <message>
        <source>train_fraction must be strictly between 0 and 1, got {value}</source>
        <translation>train_fraction muss echt zwischen 0 und 1 liegen, nicht {value}</translation>
    </message>
    <message>
        <source>expected 3 values (x, y, label), got {count}</source>
        <translation>3 Werte erwartet (x, y, label), aber {count} gefunden</translation>
    </message>
    <message>
        <source>{column} empty</source>
        <translation>{column} ist leer</translation>
    </message>
    <message>
        <source>{column} {field} is not a finite number</source>
        <translation>{column}: {field} ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>line {number}: {problem}</source>
        <translation>Zeile {number}: {problem}</translation>
    </message>
    <message>
        <source>; and {more} more bad lines</source>
        <translation>; und {more} weitere fehlerhafte Zeilen</translation>
    </message>
    <message>
        <source>{count} bad line(s), nothing loaded: {lines}</source>
        <translation>{count} fehlerhafte Zeile(n), nichts geladen: {lines}</translation>
    </message>
    <message>
        <source>no data rows: expected lines of x, y, label</source>
        <translation>keine Datenzeilen: erwartet werden Zeilen mit x, y, label</translation>
    </message>
    <message>
        <source>labels must all be -1 or +1 for classification</source>
        <translation>für die Klassifikation müssen alle Labels -1 oder +1 sein</translation>
    </message>
</context>
<context>
    <name>TrainingInit</name>
    <message>
        <source>Playground (uniform ±0.5, biases 0.1)</source>
        <extracomment>English labels (shown through :func:`init_label_text`).</extracomment>
        <translation>Playground (gleichverteilt ±0,5, Bias 0,1)</translation>
    </message>
    <message>
        <source>Xavier/Glorot uniform (±√(6/(fan_in+fan_out)), biases 0)</source>
        <translation>Xavier/Glorot, gleichverteilt (±√(6/(fan_in+fan_out)), Bias 0)</translation>
    </message>
    <message>
        <source>He uniform (±√(6/fan_in), biases 0)</source>
        <translation>He, gleichverteilt (±√(6/fan_in), Bias 0)</translation>
    </message>
    <message>
        <source>Zeros (symmetry never breaks)</source>
        <translation>Nullen (die Symmetrie bricht nie)</translation>
    </message>
</context>
<context>
    <name>TrainingLab</name>
    <message>
        <source>there is no comparison network</source>
        <translation>es gibt kein Vergleichsnetz</translation>
    </message>
    <message>
        <source>There are no training points: click on the map to add some.</source>
        <translation>Es gibt keine Trainingspunkte: Auf die Karte klicken, um welche hinzuzufügen.</translation>
    </message>
    <message>
        <source>The network diverged: press Reset (or lower the learning rate).</source>
        <translation>Das Netz ist divergiert: „Zurücksetzen“ drücken (oder die Lernrate senken).</translation>
    </message>
    <message>
        <source>Your drawn points were cleared: the new data set is another kind of problem.</source>
        <translation>Die gezeichneten Punkte wurden gelöscht: Der neue Datensatz ist eine andere Art von Problem.</translation>
    </message>
    <message>
        <source>The network diverged in epoch {epoch} (learning rate {rate}): its weights or loss would no longer be finite numbers, so it stopped there.</source>
        <translation>Das Netz ist in Epoche {epoch} divergiert (Lernrate {rate}): Seine Gewichte oder sein Verlust wären keine endlichen Zahlen mehr, daher hat es dort angehalten.</translation>
    </message>
    <message>
        <source>The compared network diverged in epoch {epoch} (learning rate {rate}): its weights or loss would no longer be finite numbers, so it stopped there.</source>
        <translation>Das Vergleichsnetz ist in Epoche {epoch} divergiert (Lernrate {rate}): Seine Gewichte oder sein Verlust wären keine endlichen Zahlen mehr, daher hat es dort angehalten.</translation>
    </message>
</context>
<context>
    <name>TrainingMotions</name>
    <message>
        <source>Training: the run goes on ({rate} epochs a second)</source>
        <translation>Training: der Lauf geht weiter ({rate} Epochen pro Sekunde)</translation>
    </message>
</context>
<context>
    <name>TrainingOptions</name>
    <message>
        <source>Above or below y = g(x)</source>
        <translation>Über oder unter y = g(x)</translation>
    </message>
    <message>
        <source>Your points (classes)</source>
        <translation>Eigene Punkte (Klassen)</translation>
    </message>
    <message>
        <source>Your points (values)</source>
        <translation>Eigene Punkte (Werte)</translation>
    </message>
    <message>
        <source>tanh, square loss</source>
        <translation>tanh, quadratischer Verlust</translation>
    </message>
    <message>
        <source>sigmoid, cross-entropy</source>
        <translation>Sigmoid, Kreuzentropie</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Another activation</source>
        <translation>Andere Aktivierung</translation>
    </message>
    <message>
        <source>Another initialisation</source>
        <translation>Andere Initialisierung</translation>
    </message>
    <message>
        <source>Another learning rate</source>
        <translation>Andere Lernrate</translation>
    </message>
    <message>
        <source>Slow (5 epochs/s)</source>
        <translation>Langsam (5 Epochen/s)</translation>
    </message>
    <message>
        <source>Playground (60 epochs/s)</source>
        <translation>Wie Playground (60 Epochen/s)</translation>
    </message>
    <message>
        <source>As fast as it goes</source>
        <translation>So schnell wie möglich</translation>
    </message>
</context>
<context>
    <name>TrainingPreset</name>
    <message>
        <source>Linear cannot do circles</source>
        <translation>Linear gelingt kein Kreis</translation>
    </message>
    <message>
        <source>Notice: however many layers you stack, a linear network draws one straight boundary through the circle, because linear layers collapse into one; the loss stays near chance.</source>
        <translation>Zu beachten: Wie viele Schichten auch gestapelt werden, ein lineares Netz zieht eine einzige gerade Grenze durch den Kreis, weil lineare Schichten zu einer zusammenfallen; der Verlust bleibt nahe am Zufall.</translation>
    </message>
    <message>
        <source>x₁², x₂² features do it</source>
        <translation>Mit x₁², x₂² als Merkmalen klappt es</translation>
    </message>
    <message>
        <source>Notice: with x₁² and x₂² as inputs, a network with no hidden layer separates the circle: the features did the bending that linear layers cannot.</source>
        <translation>Zu beachten: Mit x₁² und x₂² als Eingaben trennt ein Netz ohne verdeckte Schicht den Kreis ab: Die Merkmale haben die Krümmung geleistet, die lineare Schichten nicht leisten können.</translation>
    </message>
    <message>
        <source>ReLU vs tanh on the circle</source>
        <translation>ReLU gegen tanh am Kreis</translation>
    </message>
    <message>
        <source>Notice: ReLU&apos;s boundary is made of straight pieces, a polygon, while tanh&apos;s (the second map) is smooth; both enclose the circle.</source>
        <translation>Zu beachten: Die Grenze von ReLU besteht aus geraden Stücken, ein Vieleck, die von tanh (die zweite Karte) ist glatt; beide umschließen den Kreis.</translation>
    </message>
    <message>
        <source>Sigmoid vs tanh on the circle</source>
        <translation>Sigmoid gegen tanh am Kreis</translation>
    </message>
    <message>
        <source>Notice: sigmoid&apos;s loss falls far more slowly than tanh&apos;s (dashed): its slope is at most 1/4 and its outputs are all positive, so its gradients are small.</source>
        <translation>Zu beachten: Der Verlust mit Sigmoid fällt viel langsamer als mit tanh (gestrichelt): Ihre Steigung ist höchstens 1/4 und ihre Ausgaben sind alle positiv, also sind ihre Gradienten klein.</translation>
    </message>
    <message>
        <source>Spiral: too small a network</source>
        <translation>Spirale: ein zu kleines Netz</translation>
    </message>
    <message>
        <source>Notice: a network of 4 and 2 tanh units cannot wind around the spiral: after hundreds of epochs the test loss is still high.</source>
        <translation>Zu beachten: Ein Netz aus 4 und 2 tanh-Neuronen kann sich nicht um die Spirale winden: Nach Hunderten von Epochen ist der Testverlust immer noch hoch.</translation>
    </message>
    <message>
        <source>Spiral: depth helps</source>
        <translation>Spirale: Tiefe hilft</translation>
    </message>
    <message>
        <source>Notice: with four layers of eight units the boundary learns to follow the arms of the spiral, which the small network never does; give it several hundred epochs.</source>
        <translation>Zu beachten: Mit vier Schichten aus acht Neuronen lernt die Grenze, den Armen der Spirale zu folgen, was das kleine Netz nie schafft; dafür einige hundert Epochen lang trainieren.</translation>
    </message>
    <message>
        <source>Spiral: sin features help</source>
        <translation>Spirale: sin-Merkmale helfen</translation>
    </message>
    <message>
        <source>Notice: given sin(x₁) and sin(x₂) as inputs, a small network follows the spiral much sooner than from x₁ and x₂ alone: the features already wave.</source>
        <translation>Zu beachten: Mit sin(x₁) und sin(x₂) als Eingaben folgt ein kleines Netz der Spirale viel früher als mit x₁ und x₂ allein: Die Merkmale schwingen schon.</translation>
    </message>
    <message>
        <source>Too large a learning rate</source>
        <translation>Eine zu große Lernrate</translation>
    </message>
    <message>
        <source>Notice: with learning rate 3 each step overshoots, so the loss jumps about or climbs, while the same network with 0.03 (dashed) settles smoothly.</source>
        <translation>Zu beachten: Mit Lernrate 3 schießt jeder Schritt über das Ziel hinaus, sodass der Verlust springt oder steigt, während dasselbe Netz mit 0,03 (gestrichelt) glatt zur Ruhe kommt.</translation>
    </message>
    <message>
        <source>Dying ReLU units</source>
        <translation>Sterbende ReLU-Neuronen (Dying ReLU)</translation>
    </message>
    <message>
        <source>Notice: under learning rate 3, big steps push several ReLU units below zero for every point: the diagram marks them dead, their maps go flat, and no gradient ever reaches them again.</source>
        <translation>Zu beachten: Bei Lernrate 3 drücken große Schritte mehrere ReLU-Neuronen für jeden Punkt unter null: Das Diagramm markiert sie als tot, ihre Karten werden flach, und kein Gradient erreicht sie je wieder.</translation>
    </message>
    <message>
        <source>L1 makes weights exactly zero</source>
        <translation>L1 setzt Gewichte auf genau null</translation>
    </message>
    <message>
        <source>Notice: L1 regularisation sets the weights the network does not need to exactly zero (their links vanish from the diagram), keeping mainly x₁² and x₂².</source>
        <translation>Zu beachten: Die L1-Regularisierung setzt die Gewichte, die das Netz nicht braucht, auf genau null (ihre Verbindungen verschwinden aus dem Diagramm) und behält vor allem x₁² und x₂².</translation>
    </message>
    <message>
        <source>All-zero weights: symmetry</source>
        <translation>Alle Gewichte null: Symmetrie</translation>
    </message>
    <message>
        <source>Notice: from all-zero weights every unit of a layer computes the same thing and gets the same gradient, so the units stay identical and nothing is learned; the compared network starts from random weights and learns.</source>
        <translation>Zu beachten: Ausgehend von lauter Nullgewichten berechnet jedes Neuron einer Schicht dasselbe und erhält denselben Gradienten, also bleiben die Neuronen gleich und nichts wird gelernt; das Vergleichsnetz startet mit zufälligen Gewichten und lernt.</translation>
    </message>
    <message>
        <source>unknown preset {name}; known: {known}</source>
        <translation>unbekannte Lektion {name}; bekannt sind: {known}</translation>
    </message>
</context>
<context>
    <name>TrainingSettings</name>
    <message>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>source unit</source>
        <translation>Ausgangsneuron</translation>
    </message>
    <message>
        <source>target unit</source>
        <translation>Zielneuron</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>{name} must be one of {choices}, got {value}</source>
        <translation>{name} muss eines von {choices} sein, nicht {value}</translation>
    </message>
    <message>
        <source>{name} must be a whole number from {low} to {high}, got {value}</source>
        <translation>{name} muss eine ganze Zahl von {low} bis {high} sein, nicht {value}</translation>
    </message>
    <message>
        <source>{name} must be a number from {low} to {high}, got {value}</source>
        <translation>{name} muss eine Zahl von {low} bis {high} sein, nicht {value}</translation>
    </message>
    <message>
        <source>{name} must be a finite number from {low} to {high}, got {value}</source>
        <translation>{name} muss eine endliche Zahl von {low} bis {high} sein, nicht {value}</translation>
    </message>
    <message>
        <source>{name} must be from {low} to {high}, got {value}</source>
        <translation>{name} muss zwischen {low} und {high} liegen, nicht {value}</translation>
    </message>
    <message>
        <source>{name} must be true or false, got {value}</source>
        <translation>{name} muss wahr oder falsch sein, nicht {value}</translation>
    </message>
    <message>
        <source>features must be a list of names from {known}</source>
        <translation>die Merkmale müssen eine Liste von Namen aus {known} sein</translation>
    </message>
    <message>
        <source>unknown feature {name}; known: {known}</source>
        <translation>unbekanntes Merkmal {name}; bekannt sind: {known}</translation>
    </message>
    <message>
        <source>choose at least one input feature</source>
        <translation>mindestens ein Eingabemerkmal wählen</translation>
    </message>
    <message>
        <source>hidden layers must be a list of unit counts</source>
        <translation>die verdeckten Schichten müssen eine Liste von Neuronenzahlen sein</translation>
    </message>
    <message>
        <source>at most {limit} hidden layers, got {count}</source>
        <translation>höchstens {limit} verdeckte Schichten, nicht {count}</translation>
    </message>
    <message>
        <source>units in layer {layer}</source>
        <translation>die Neuronenzahl der Schicht {layer}</translation>
    </message>
    <message>
        <source>initialisation</source>
        <translation>Initialisierung</translation>
    </message>
    <message>
        <source>data set</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>training share</source>
        <translation>Trainingsanteil</translation>
    </message>
    <message>
        <source>one activation per layer</source>
        <translation>eine Aktivierung je Schicht</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>regularisation</source>
        <translation>Regularisierung</translation>
    </message>
    <message>
        <source>regularisation rate</source>
        <translation>Regularisierungsrate</translation>
    </message>
    <message>
        <source>compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>compared learning rate</source>
        <translation>Lernrate des Vergleichsnetzes</translation>
    </message>
    <message>
        <source>show test points</source>
        <translation>Testpunkte zeigen</translation>
    </message>
    <message>
        <source>discretize</source>
        <translation>diskretisieren</translation>
    </message>
    <message>
        <source>value of a new point</source>
        <translation>Wert eines neuen Punkts</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>a class is -1 or +1, got {value}</source>
        <translation>eine Klasse ist -1 oder +1, nicht {value}</translation>
    </message>
    <message>
        <source>at most {limit} drawn points; clear some first</source>
        <translation>höchstens {limit} gezeichnete Punkte; zuerst welche löschen</translation>
    </message>
</context>
<context>
    <name>WeightInit</name>
    <message>
        <source>He normal  (std √(2/fan_in))</source>
        <extracomment>English labels (shown through :func:`init_label_text`).</extracomment>
        <translation>He, normalverteilt  (σ = √(2/fan_in))</translation>
    </message>
    <message>
        <source>He uniform  (±√(6/fan_in))</source>
        <translation>He, gleichverteilt  (±√(6/fan_in))</translation>
    </message>
    <message>
        <source>Xavier/Glorot normal  (std √(2/(fan_in+fan_out)))</source>
        <translation>Xavier/Glorot, normalverteilt  (σ = √(2/(fan_in+fan_out)))</translation>
    </message>
    <message>
        <source>Xavier/Glorot uniform  (±√(6/(fan_in+fan_out)))</source>
        <translation>Xavier/Glorot, gleichverteilt  (±√(6/(fan_in+fan_out)))</translation>
    </message>
    <message>
        <source>LeCun normal  (std √(1/fan_in))</source>
        <translation>LeCun, normalverteilt  (σ = √(1/fan_in))</translation>
    </message>
    <message>
        <source>Normal with std σ</source>
        <translation>Normalverteilt mit Standardabweichung σ</translation>
    </message>
    <message>
        <source>unknown weight initialisation {init}; known: {known}</source>
        <translation>unbekannte Gewichtsinitialisierung {init}; bekannt sind: {known}</translation>
    </message>
    <message>
        <source>init &apos;normal&apos; needs sigma (the weights&apos; standard deviation)</source>
        <translation>init &apos;normal&apos; verlangt σ (die Standardabweichung der Gewichte)</translation>
    </message>
    <message>
        <source>sigma must be a finite number &gt; 0, got {sigma}</source>
        <translation>sigma (σ) muss eine endliche Zahl &gt; 0 sein, nicht {sigma}</translation>
    </message>
</context>
</TS>
