stub: upstream file of 6710 bytes
