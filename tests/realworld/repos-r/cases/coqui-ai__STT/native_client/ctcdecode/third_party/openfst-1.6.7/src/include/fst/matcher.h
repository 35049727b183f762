stub: upstream file of 51310 bytes
