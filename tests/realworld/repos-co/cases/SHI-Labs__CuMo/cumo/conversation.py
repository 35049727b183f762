stub: upstream file of 16424 bytes
