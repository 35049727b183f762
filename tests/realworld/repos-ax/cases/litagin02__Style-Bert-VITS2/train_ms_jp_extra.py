stub: upstream file of 43377 bytes
