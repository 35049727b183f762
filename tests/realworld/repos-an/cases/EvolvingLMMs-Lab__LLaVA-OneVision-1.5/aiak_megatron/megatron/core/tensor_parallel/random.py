stub: upstream file of 20318 bytes
