stub: upstream file of 44365 bytes
