stub: upstream file of 23398 bytes
