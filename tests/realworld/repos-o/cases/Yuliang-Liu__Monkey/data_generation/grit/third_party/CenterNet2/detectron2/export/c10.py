stub: upstream file of 21035 bytes
