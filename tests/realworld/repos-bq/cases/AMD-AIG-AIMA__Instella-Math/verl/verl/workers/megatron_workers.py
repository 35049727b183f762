stub: upstream file of 39467 bytes
