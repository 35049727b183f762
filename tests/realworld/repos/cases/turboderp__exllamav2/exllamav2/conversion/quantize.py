stub: upstream file of 19502 bytes
