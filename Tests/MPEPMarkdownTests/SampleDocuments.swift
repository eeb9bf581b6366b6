/// Small, varied Markdown documents: what the leaderboard renders most.
enum SampleDocuments {
    /// A typical model answer of about 1,500 characters: a list, a code block and a table.
    static let answer = """
        Here is how to reverse a linked list in **Python**, with a short comparison of the
        approaches at the end. The *iterative* version is usually preferred.

        1. Keep three pointers: `previous`, `current` and `next`.
        2. Walk the list once, turning each `next` pointer around.
        3. Return `previous`, which is the new head.
           - Time: O(n)
           - Space: O(1)

        ```python
        class Node:
            def __init__(self, value, next=None):
                self.value = value
                self.next = next

        def reverse(head):
            previous = None
            current = head
            while current is not None:
                nxt = current.next
                current.next = previous
                previous = current
                current = nxt
            return previous
        ```

        A recursive version is shorter but uses O(n) stack space, which fails for very long
        lists in CPython (the default recursion limit is 1000). See
        https://docs.python.org/3/library/sys.html for `sys.setrecursionlimit`, and
        ~~never~~ rarely raise it in production code.

        | Approach  | Time | Extra space | Notes                       |
        |-----------|:----:|------------:|-----------------------------|
        | Iterative | O(n) | O(1)        | Safe for any length         |
        | Recursive | O(n) | O(n)        | Elegant, limited by stack   |
        | Stack     | O(n) | O(n)        | Easy to explain, uses more  |

        > Tip: draw the pointers on paper before writing the loop; most bugs come from
        > losing the reference to the rest of the list.

        In short: use the iterative version unless you have a reason not to.
        """

    /// Documents exercising every extension and inline kind, for the parallel test.
    static let varied: [String] = {
        var documents = [answer]
        let pieces = [
            "| x | y |\n|---|---|\n| *a* | ~~b~~ |\n",
            "~~struck~~ **bold** _em_ `code` www.example.com/path?q=1",
            "- one\n- two\n  - nested **strong**\n\n1. a\n2. b\n",
            "> quote with https://example.org and <b>raw</b>\n",
            "# Title\n\nPara with [link](https://example.org \"t\") and ![img](a.png)\n",
            "Text with * stray * stars and _under_scores_ and ~tilde~\n",
            "```\ncode <b>\n```\n\n***\n\nfoo@example.com ~~x~~\n",
            "| a |\n|---|\n| `|` |\n| www.x.org |\n",
        ]
        for (index, piece) in pieces.enumerated() {
            documents.append(piece)
            documents.append(String(repeating: piece + "\n", count: index + 2))
            documents.append("Intro \(index)\n\n" + piece + "\n" + pieces[(index + 3) % pieces.count])
        }
        return documents
    }()
}
