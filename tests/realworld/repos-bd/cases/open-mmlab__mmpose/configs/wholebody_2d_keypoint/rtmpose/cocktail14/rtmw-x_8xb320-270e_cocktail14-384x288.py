stub: upstream file of 17536 bytes
