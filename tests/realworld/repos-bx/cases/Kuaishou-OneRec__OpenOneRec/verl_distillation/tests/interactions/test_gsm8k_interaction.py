stub: upstream file of 17310 bytes
