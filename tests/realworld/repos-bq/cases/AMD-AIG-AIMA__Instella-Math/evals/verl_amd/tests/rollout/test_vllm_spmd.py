stub: upstream file of 5625 bytes
