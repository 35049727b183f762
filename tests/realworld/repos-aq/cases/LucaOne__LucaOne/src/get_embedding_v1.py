stub: upstream file of 50467 bytes
