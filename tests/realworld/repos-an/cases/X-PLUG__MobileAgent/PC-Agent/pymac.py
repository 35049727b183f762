stub: upstream file of 25994 bytes
