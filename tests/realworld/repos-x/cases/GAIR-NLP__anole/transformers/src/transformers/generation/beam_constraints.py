stub: upstream file of 19105 bytes
