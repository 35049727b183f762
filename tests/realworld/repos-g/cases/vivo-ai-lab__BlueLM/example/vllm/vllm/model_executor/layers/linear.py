stub: upstream file of 23294 bytes
