stub: upstream file of 2552 bytes
