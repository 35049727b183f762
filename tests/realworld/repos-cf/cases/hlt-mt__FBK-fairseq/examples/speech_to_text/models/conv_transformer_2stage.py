stub: upstream file of 5257 bytes
