stub: upstream file of 30919 bytes
