stub: upstream file of 8467 bytes
