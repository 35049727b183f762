stub: upstream file of 4573 bytes
