stub: upstream file of 33457 bytes
