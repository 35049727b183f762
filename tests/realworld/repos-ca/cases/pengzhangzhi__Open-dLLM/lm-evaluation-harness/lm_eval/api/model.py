stub: upstream file of 20467 bytes
