stub: upstream file of 63467 bytes
