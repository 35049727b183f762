stub: upstream file of 19384 bytes
