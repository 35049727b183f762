stub: upstream file of 7358 bytes
