stub: upstream file of 30310 bytes
