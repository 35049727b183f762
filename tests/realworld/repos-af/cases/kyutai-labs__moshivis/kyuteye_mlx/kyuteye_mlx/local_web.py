stub: upstream file of 21224 bytes
