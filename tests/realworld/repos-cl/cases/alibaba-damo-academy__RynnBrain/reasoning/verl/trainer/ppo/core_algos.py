stub: upstream file of 68467 bytes
