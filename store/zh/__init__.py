"""Knowledge of Chinese: text helpers, segmentation, grams, gazetteer, names, numbers and word lists."""
