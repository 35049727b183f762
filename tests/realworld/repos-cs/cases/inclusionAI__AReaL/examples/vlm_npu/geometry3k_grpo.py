stub: upstream file of 2310 bytes
