stub: upstream file of 89467 bytes
