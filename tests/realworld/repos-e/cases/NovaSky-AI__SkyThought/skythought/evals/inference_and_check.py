stub: upstream file of 19467 bytes
