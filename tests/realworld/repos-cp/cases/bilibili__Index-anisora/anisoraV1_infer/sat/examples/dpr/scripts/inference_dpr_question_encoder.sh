stub: upstream file of 401 bytes
