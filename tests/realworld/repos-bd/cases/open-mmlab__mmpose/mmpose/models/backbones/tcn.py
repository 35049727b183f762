stub: upstream file of 10566 bytes
