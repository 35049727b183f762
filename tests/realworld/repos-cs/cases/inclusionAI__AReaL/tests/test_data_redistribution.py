stub: upstream file of 2467 bytes
