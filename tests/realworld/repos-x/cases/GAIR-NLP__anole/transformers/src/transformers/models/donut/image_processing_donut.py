stub: upstream file of 22310 bytes
