stub: upstream file of 3434 bytes
