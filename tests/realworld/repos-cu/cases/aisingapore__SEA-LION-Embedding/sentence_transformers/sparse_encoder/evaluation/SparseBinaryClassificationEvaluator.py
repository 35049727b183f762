stub: upstream file of 8850 bytes
