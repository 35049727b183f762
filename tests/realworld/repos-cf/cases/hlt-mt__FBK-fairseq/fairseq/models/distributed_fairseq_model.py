stub: upstream file of 5412 bytes
