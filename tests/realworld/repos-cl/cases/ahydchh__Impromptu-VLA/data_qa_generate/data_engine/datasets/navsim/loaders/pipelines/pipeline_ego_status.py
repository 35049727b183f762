stub: upstream file of 6465 bytes
