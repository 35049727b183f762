stub: upstream file of 33218 bytes
