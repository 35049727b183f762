stub: upstream file of 12800 bytes
