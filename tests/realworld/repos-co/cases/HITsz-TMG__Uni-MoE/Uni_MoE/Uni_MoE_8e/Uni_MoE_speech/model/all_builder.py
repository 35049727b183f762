stub: upstream file of 19204 bytes
