stub: upstream file of 7194 bytes
