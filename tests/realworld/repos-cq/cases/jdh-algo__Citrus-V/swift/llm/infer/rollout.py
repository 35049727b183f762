stub: upstream file of 16536 bytes
