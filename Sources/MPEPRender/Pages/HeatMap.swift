import Foundation

/// The model × language heat map of the index, drawn at build time as SVG.
///
/// Colours come from viridis (readable with every common colour-vision deficiency and in
/// greyscale) on a fixed 0–100 scale, so a colour means the same figure in every cell and on
/// every build; each cell prints its value, in black or white, whichever contrasts more with the
/// fill (always at least 4.58:1, above WCAG AA's 4.5:1). Each cell is a link with a label in
/// words; text from data is escaped for XML.
enum HeatMap {
    struct Cell {
        var value: Double?
        var url: String?
        var label: String
        /// Drawn outlined, not filled: a figure on too few prompts to stand with the coloured ones.
        var provisional = false
    }

    struct Row {
        var name: String
        var cells: [Cell]
        /// Shown after the cells, uncoloured ("3/5 languages").
        var note: String
    }

    static let labelWidth = 190.0, cellWidth = 88.0, cellHeight = 30.0, headerHeight = 34.0, noteWidth = 96.0

    static func svg(columns: [String], noteTitle: String, rows: [Row], title: String) -> String {
        let width = labelWidth + cellWidth * Double(columns.count) + noteWidth
        let height = headerHeight + cellHeight * Double(rows.count) + 4
        var out = "<svg class=\"heatmap\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\""
            + " viewBox=\"0 0 \(Int(width)) \(Int(height))\" aria-label=\"\(XMLText.escaped(title))\">"
        for (i, column) in columns.enumerated() {
            let x = labelWidth + cellWidth * (Double(i) + 0.5)
            out += "<text class=\"head\" x=\"\(f(x))\" y=\"22\" text-anchor=\"middle\">\(XMLText.escaped(column))</text>"
        }
        out += "<text class=\"head\" x=\"\(f(width - noteWidth / 2))\" y=\"22\" text-anchor=\"middle\">\(XMLText.escaped(noteTitle))</text>"
        for (r, row) in rows.enumerated() {
            let y = headerHeight + cellHeight * Double(r)
            out += "<text class=\"label\" x=\"\(f(labelWidth - 8))\" y=\"\(f(y + 20))\" text-anchor=\"end\">\(XMLText.escaped(row.name))</text>"
            for (c, cell) in row.cells.enumerated() {
                let x = labelWidth + cellWidth * Double(c)
                let box = "x=\"\(f(x + 1))\" y=\"\(f(y + 1))\" width=\"\(f(cellWidth - 2))\" height=\"\(f(cellHeight - 2))\""
                var shape: String
                if let value = cell.value, value.isFinite, !cell.provisional {
                    let fill = viridis(value / 100)
                    shape = "<rect \(box) fill=\"\(hex(fill))\"/>"
                    shape += "<text x=\"\(f(x + cellWidth / 2))\" y=\"\(f(y + 20))\" text-anchor=\"middle\" fill=\"\(textColour(on: fill))\">\(Formatting.fixed(value, 1))</text>"
                } else if let value = cell.value, value.isFinite {
                    shape = "<rect class=\"provisional\" \(box)/>"
                    shape += "<text class=\"provisional\" x=\"\(f(x + cellWidth / 2))\" y=\"\(f(y + 20))\" text-anchor=\"middle\">\(Formatting.fixed(value, 1))</text>"
                } else {
                    shape = "<rect class=\"empty\" \(box)/>"
                    shape += "<text class=\"none\" x=\"\(f(x + cellWidth / 2))\" y=\"\(f(y + 20))\" text-anchor=\"middle\" aria-hidden=\"true\">–</text>"
                }
                if let url = cell.url {
                    out += "<a href=\"\(XMLText.escaped(url))\" aria-label=\"\(XMLText.escaped(cell.label))\">\(shape)</a>"
                } else {
                    out += "<g aria-label=\"\(XMLText.escaped(cell.label))\">\(shape)</g>"
                }
            }
            out += "<text class=\"label\" x=\"\(f(width - noteWidth / 2))\" y=\"\(f(y + 20))\" text-anchor=\"middle\">\(XMLText.escaped(row.note))</text>"
        }
        return out + "</svg>"
    }

    /// Viridis sampled every tenth (matplotlib's), interpolated linearly in sRGB.
    static let stops: [(Double, Double, Double)] = [
        (0x44, 0x01, 0x54), (0x48, 0x24, 0x75), (0x41, 0x44, 0x87), (0x35, 0x5f, 0x8d), (0x2a, 0x78, 0x8e),
        (0x21, 0x91, 0x8c), (0x22, 0xa8, 0x84), (0x44, 0xbf, 0x70), (0x7a, 0xd1, 0x51), (0xbd, 0xdf, 0x26),
        (0xfd, 0xe7, 0x25),
    ]

    static func viridis(_ t: Double) -> (Int, Int, Int) {
        let x = min(max(t, 0), 1) * Double(stops.count - 1)
        let i = min(Int(x), stops.count - 2)
        let u = x - Double(i)
        let (a, b) = (stops[i], stops[i + 1])
        func mix(_ p: Double, _ q: Double) -> Int { Int((p + (q - p) * u).rounded()) }
        return (mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
    }

    /// WCAG 2 relative luminance of an sRGB colour.
    static func luminance(_ rgb: (Int, Int, Int)) -> Double {
        func channel(_ v: Int) -> Double {
            let c = Double(v) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(rgb.0) + 0.7152 * channel(rgb.1) + 0.0722 * channel(rgb.2)
    }

    /// The contrast ratio of black and of white text on the fill; the better one is used.
    static func contrast(_ fill: (Int, Int, Int), white: Bool) -> Double {
        let l = luminance(fill)
        return white ? 1.05 / (l + 0.05) : (l + 0.05) / 0.05
    }

    static func textColour(on fill: (Int, Int, Int)) -> String {
        contrast(fill, white: true) >= contrast(fill, white: false) ? "#ffffff" : "#000000"
    }

    static func hex(_ rgb: (Int, Int, Int)) -> String {
        let digits = Array("0123456789abcdef")
        return "#" + [rgb.0, rgb.1, rgb.2].map { String([digits[$0 / 16], digits[$0 % 16]]) }.joined()
    }

    private static func f(_ v: Double) -> String { Formatting.fixed(v, 1) }
}
