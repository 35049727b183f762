stub: upstream file of 54252 bytes
