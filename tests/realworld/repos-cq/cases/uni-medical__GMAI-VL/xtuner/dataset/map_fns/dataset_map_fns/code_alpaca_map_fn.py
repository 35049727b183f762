stub: upstream file of 310 bytes
