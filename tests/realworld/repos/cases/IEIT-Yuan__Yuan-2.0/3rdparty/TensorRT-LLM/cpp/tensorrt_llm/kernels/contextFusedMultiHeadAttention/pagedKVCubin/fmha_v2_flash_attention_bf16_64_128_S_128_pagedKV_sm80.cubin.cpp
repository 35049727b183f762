stub: upstream file of 815427 bytes
