stub: upstream file of 9467 bytes
