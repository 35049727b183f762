stub: upstream file of 11536 bytes
