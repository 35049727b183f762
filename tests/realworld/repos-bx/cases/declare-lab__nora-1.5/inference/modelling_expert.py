stub: upstream file of 30220 bytes
