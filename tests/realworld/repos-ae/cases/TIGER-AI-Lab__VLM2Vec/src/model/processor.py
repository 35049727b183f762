stub: upstream file of 33524 bytes
