stub: upstream file of 9411 bytes
