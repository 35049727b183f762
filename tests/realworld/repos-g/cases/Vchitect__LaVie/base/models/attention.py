stub: upstream file of 29860 bytes
