stub: upstream file of 14252 bytes
