stub: upstream file of 5246 bytes
