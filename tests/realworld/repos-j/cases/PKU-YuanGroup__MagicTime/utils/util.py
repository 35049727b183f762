stub: upstream file of 32293 bytes
