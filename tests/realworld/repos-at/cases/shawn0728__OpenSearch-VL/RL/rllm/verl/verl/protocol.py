stub: upstream file of 49552 bytes
