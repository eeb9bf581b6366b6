/// The words a sample answer is made of, in one language's script.
///
/// Outputs must look like answers in the language (right script, right direction, realistic
/// Markdown), not read as real ones: a small hand-written vocabulary per language, and for
/// other languages pseudo-words from the script's alphabet (`Phrasebook.synthetic`).
struct Phrasebook: Sendable {
    var sentences: [String]
    var items: [String]
    var headings: [String]
    var tableHeader: [String]
    var cells: [String]
    var questions: [String]
    /// Sentence separator: a space, or nothing for scripts written without spaces.
    var space: String = " "

    /// The hand-written phrasebook for `code`, if there is one.
    static func handWritten(_ code: String) -> Phrasebook? {
        switch code {
        case "nl": return dutch
        case "es": return spanish
        case "fr": return french
        case "de": return german
        case "ru": return russian
        case "ar": return arabic
        case "zh": return chinese
        case "ja": return japanese
        default: return nil
        }
    }

    static let english = Phrasebook(
        sentences: [
            "This is a sample answer written by a fictional model.",
            "The first step is to understand what the question asks.",
            "There are several ways to approach this problem.",
            "Each option has advantages and drawbacks.",
            "In practice, the simplest solution is often the best one.",
            "It helps to check the result with a small example.",
            "Keep in mind that the details depend on the context.",
            "A short summary follows below.",
        ],
        items: ["Start with a clear goal", "Collect the relevant facts", "Compare the options",
                "Test the result", "Write down what you learned", "Ask for feedback"],
        headings: ["Overview", "Steps", "Example", "Summary"],
        tableHeader: ["Option", "Advantage", "Drawback"],
        cells: ["fast", "simple", "reliable", "expensive", "slow", "flexible"],
        questions: ["How can I explain %@ to a beginner?", "Write a short guide about %@.",
                    "What are the pros and cons of %@?", "Give three tips for %@."])

    static let dutch = Phrasebook(
        sentences: [
            "Dit is een voorbeeldantwoord van een fictief model.",
            "De eerste stap is begrijpen wat de vraag precies is.",
            "Er zijn verschillende manieren om dit probleem aan te pakken.",
            "Elke optie heeft voordelen en nadelen.",
            "In de praktijk is de eenvoudigste oplossing vaak de beste.",
            "Het helpt om het resultaat met een klein voorbeeld te controleren.",
            "Houd er rekening mee dat de details van de context afhangen.",
            "Hieronder volgt een korte samenvatting.",
        ],
        items: ["Begin met een duidelijk doel", "Verzamel de relevante feiten", "Vergelijk de opties",
                "Test het resultaat", "Schrijf op wat je hebt geleerd", "Vraag om feedback"],
        headings: ["Overzicht", "Stappen", "Voorbeeld", "Samenvatting"],
        tableHeader: ["Optie", "Voordeel", "Nadeel"],
        cells: ["snel", "eenvoudig", "betrouwbaar", "duur", "traag", "flexibel"],
        questions: ["Hoe leg ik %@ uit aan een beginner?", "Schrijf een korte handleiding over %@.",
                    "Wat zijn de voor- en nadelen van %@?", "Geef drie tips voor %@."])

    static let spanish = Phrasebook(
        sentences: [
            "Esta es una respuesta de ejemplo escrita por un modelo ficticio.",
            "El primer paso es entender qué pide la pregunta.",
            "Hay varias maneras de abordar este problema.",
            "Cada opción tiene ventajas e inconvenientes.",
            "En la práctica, la solución más sencilla suele ser la mejor.",
            "Conviene comprobar el resultado con un ejemplo pequeño.",
            "Ten en cuenta que los detalles dependen del contexto.",
            "A continuación, un breve resumen.",
        ],
        items: ["Empieza con un objetivo claro", "Reúne los datos relevantes", "Compara las opciones",
                "Prueba el resultado", "Anota lo que has aprendido", "Pide opiniones"],
        headings: ["Resumen general", "Pasos", "Ejemplo", "Conclusión"],
        tableHeader: ["Opción", "Ventaja", "Inconveniente"],
        cells: ["rápido", "sencillo", "fiable", "caro", "lento", "flexible"],
        questions: ["¿Cómo explico %@ a un principiante?", "Escribe una guía breve sobre %@.",
                    "¿Cuáles son las ventajas y desventajas de %@?", "Da tres consejos sobre %@."])

    static let french = Phrasebook(
        sentences: [
            "Ceci est une réponse d’exemple écrite par un modèle fictif.",
            "La première étape consiste à comprendre ce que demande la question.",
            "Il existe plusieurs façons d’aborder ce problème.",
            "Chaque option a des avantages et des inconvénients.",
            "En pratique, la solution la plus simple est souvent la meilleure.",
            "Il est utile de vérifier le résultat sur un petit exemple.",
            "Gardez à l’esprit que les détails dépendent du contexte.",
            "Voici un bref résumé.",
        ],
        items: ["Commencez par un objectif clair", "Rassemblez les faits utiles", "Comparez les options",
                "Testez le résultat", "Notez ce que vous avez appris", "Demandez un avis"],
        headings: ["Vue d’ensemble", "Étapes", "Exemple", "En résumé"],
        tableHeader: ["Option", "Avantage", "Inconvénient"],
        cells: ["rapide", "simple", "fiable", "coûteux", "lent", "souple"],
        questions: ["Comment expliquer %@ à un débutant ?", "Rédige un court guide sur %@.",
                    "Quels sont les avantages et les inconvénients de %@ ?", "Donne trois conseils pour %@."])

    static let german = Phrasebook(
        sentences: [
            "Dies ist eine Beispielantwort eines fiktiven Modells.",
            "Der erste Schritt ist zu verstehen, was die Frage verlangt.",
            "Es gibt mehrere Wege, dieses Problem anzugehen.",
            "Jede Option hat Vor- und Nachteile.",
            "In der Praxis ist die einfachste Lösung oft die beste.",
            "Es hilft, das Ergebnis an einem kleinen Beispiel zu prüfen.",
            "Beachte, dass die Einzelheiten vom Kontext abhängen.",
            "Es folgt eine kurze Zusammenfassung.",
        ],
        items: ["Beginne mit einem klaren Ziel", "Sammle die wichtigen Fakten", "Vergleiche die Optionen",
                "Teste das Ergebnis", "Schreibe auf, was du gelernt hast", "Bitte um Rückmeldung"],
        headings: ["Überblick", "Schritte", "Beispiel", "Zusammenfassung"],
        tableHeader: ["Option", "Vorteil", "Nachteil"],
        cells: ["schnell", "einfach", "zuverlässig", "teuer", "langsam", "flexibel"],
        questions: ["Wie erkläre ich %@ einem Anfänger?", "Schreibe eine kurze Anleitung zu %@.",
                    "Was sind die Vor- und Nachteile von %@?", "Nenne drei Tipps zu %@."])

    static let russian = Phrasebook(
        sentences: [
            "Это пример ответа, написанный вымышленной моделью.",
            "Первый шаг — понять, о чём именно спрашивают.",
            "Есть несколько способов решить эту задачу.",
            "У каждого варианта есть достоинства и недостатки.",
            "На практике самое простое решение часто оказывается лучшим.",
            "Полезно проверить результат на небольшом примере.",
            "Учтите, что детали зависят от контекста.",
            "Ниже приведено краткое резюме.",
        ],
        items: ["Начните с ясной цели", "Соберите нужные факты", "Сравните варианты",
                "Проверьте результат", "Запишите, что вы узнали", "Попросите отзыв"],
        headings: ["Обзор", "Шаги", "Пример", "Итог"],
        tableHeader: ["Вариант", "Плюс", "Минус"],
        cells: ["быстро", "просто", "надёжно", "дорого", "медленно", "гибко"],
        questions: ["Как объяснить %@ новичку?", "Напишите краткое руководство по теме «%@».",
                    "Каковы плюсы и минусы %@?", "Дайте три совета о %@."])

    static let arabic = Phrasebook(
        sentences: [
            "هذه إجابة تجريبية كتبها نموذج خيالي.",
            "الخطوة الأولى هي فهم ما يطلبه السؤال.",
            "هناك عدة طرق لمعالجة هذه المشكلة.",
            "لكل خيار مزايا وعيوب.",
            "في الواقع، غالبًا ما يكون الحل الأبسط هو الأفضل.",
            "من المفيد التحقق من النتيجة بمثال صغير.",
            "تذكّر أن التفاصيل تعتمد على السياق.",
            "فيما يلي ملخص قصير.",
        ],
        items: ["ابدأ بهدف واضح", "اجمع الحقائق المهمة", "قارن بين الخيارات",
                "اختبر النتيجة", "دوّن ما تعلمته", "اطلب رأي الآخرين"],
        headings: ["نظرة عامة", "الخطوات", "مثال", "الخلاصة"],
        tableHeader: ["الخيار", "الميزة", "العيب"],
        cells: ["سريع", "بسيط", "موثوق", "مكلف", "بطيء", "مرن"],
        questions: ["كيف أشرح %@ لمبتدئ؟", "اكتب دليلًا قصيرًا عن %@.",
                    "ما مزايا وعيوب %@؟", "أعطني ثلاث نصائح حول %@."])

    static let chinese = Phrasebook(
        sentences: [
            "这是一个虚构模型写的示例回答。",
            "第一步是理解问题到底在问什么。",
            "解决这个问题有几种方法。",
            "每种方案都有优点和缺点。",
            "在实践中，最简单的方案往往是最好的。",
            "用一个小例子检查结果会很有帮助。",
            "请记住，细节取决于具体情况。",
            "下面是一个简短的总结。",
        ],
        items: ["先确定明确的目标", "收集相关的事实", "比较各个方案", "测试结果", "记下学到的东西", "请别人提意见"],
        headings: ["概述", "步骤", "示例", "总结"],
        tableHeader: ["方案", "优点", "缺点"],
        cells: ["快速", "简单", "可靠", "昂贵", "缓慢", "灵活"],
        questions: ["怎样向初学者解释%@？", "写一篇关于%@的简短指南。", "%@有哪些优缺点？", "给出三条关于%@的建议。"],
        space: "")

    static let japanese = Phrasebook(
        sentences: [
            "これは架空のモデルが書いたサンプルの回答です。",
            "最初のステップは、質問が何を求めているかを理解することです。",
            "この問題にはいくつかの取り組み方があります。",
            "どの選択肢にも長所と短所があります。",
            "実際には、いちばん簡単な方法が最善であることが多いです。",
            "小さな例で結果を確かめると役に立ちます。",
            "細かい点は状況によって変わることに注意してください。",
            "以下に短いまとめを示します。",
        ],
        items: ["はっきりした目標を決める", "必要な事実を集める", "選択肢を比べる", "結果を試す", "学んだことを書き留める", "意見を求める"],
        headings: ["概要", "手順", "例", "まとめ"],
        tableHeader: ["選択肢", "長所", "短所"],
        cells: ["速い", "簡単", "確実", "高価", "遅い", "柔軟"],
        questions: ["%@を初心者にどう説明すればよいですか？", "%@についての短いガイドを書いてください。",
                    "%@の長所と短所は何ですか？", "%@について三つのコツを教えてください。"],
        space: "")
}
