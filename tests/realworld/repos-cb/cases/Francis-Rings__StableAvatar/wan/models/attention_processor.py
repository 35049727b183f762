stub: upstream file of 269467 bytes
