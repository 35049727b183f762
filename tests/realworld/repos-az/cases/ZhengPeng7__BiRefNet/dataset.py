stub: upstream file of 10316 bytes
