stub: upstream file of 19745 bytes
