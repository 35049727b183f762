stub: upstream file of 25350 bytes
