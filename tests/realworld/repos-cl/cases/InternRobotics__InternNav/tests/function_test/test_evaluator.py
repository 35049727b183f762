stub: upstream file of 3961 bytes
