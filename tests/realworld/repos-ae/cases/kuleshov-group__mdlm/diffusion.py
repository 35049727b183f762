stub: upstream file of 35946 bytes
