stub: upstream file of 3072 bytes
