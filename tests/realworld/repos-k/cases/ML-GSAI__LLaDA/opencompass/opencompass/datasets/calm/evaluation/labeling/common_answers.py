stub: upstream file of 21120 bytes
