stub: upstream file of 7310 bytes
