package dev.opcon.console.ui.layout;

/** Shares the lines of the screen between rows of panels. */
final class RowHeights {

    private RowHeights() {
    }

    /**
     * Every row gets its minimum, then one line at a time goes to each row that wants more, in turn,
     * so that no single long table starves the others. Lines left over go to {@code spareRow}.
     */
    static int[] allocate(int[] minimum, int[] desired, int available, int spareRow) {
        int[] heights = minimum.clone();
        int left = available;
        for (int height : heights) {
            left -= height;
        }
        boolean gave = true;
        while (left > 0 && gave) {
            gave = false;
            for (int row = 0; row < heights.length && left > 0; row++) {
                if (heights[row] < desired[row]) {
                    heights[row]++;
                    left--;
                    gave = true;
                }
            }
        }
        if (left > 0 && spareRow >= 0 && spareRow < heights.length) {
            heights[spareRow] += left;
        }
        return heights;
    }
}
