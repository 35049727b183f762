stub: upstream file of 4517 bytes
