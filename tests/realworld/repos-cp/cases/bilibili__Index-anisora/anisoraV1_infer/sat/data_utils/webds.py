stub: upstream file of 13467 bytes
