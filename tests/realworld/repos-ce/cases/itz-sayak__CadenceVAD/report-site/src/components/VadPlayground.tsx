stub: upstream file of 33624 bytes
