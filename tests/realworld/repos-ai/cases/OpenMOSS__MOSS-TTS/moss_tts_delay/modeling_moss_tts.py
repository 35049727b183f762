stub: upstream file of 25310 bytes
