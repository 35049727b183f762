stub: upstream file of 4546 bytes
