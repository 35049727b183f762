stub: upstream file of 6409 bytes
