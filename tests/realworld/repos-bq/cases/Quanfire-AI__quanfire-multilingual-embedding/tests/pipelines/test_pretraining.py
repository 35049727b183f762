stub: upstream file of 11467 bytes
