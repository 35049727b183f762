stub: upstream file of 1467 bytes
