stub: upstream file of 7467 bytes
