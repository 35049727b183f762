stub: upstream file of 8625 bytes
