stub: upstream file of 13310 bytes
