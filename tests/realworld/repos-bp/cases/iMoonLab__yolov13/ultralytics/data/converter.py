stub: upstream file of 24467 bytes
