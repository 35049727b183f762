stub: upstream file of 5249 bytes
