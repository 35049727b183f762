stub: upstream file of 9996 bytes
