stub: upstream file of 90552 bytes
