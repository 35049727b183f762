stub: upstream file of 6294 bytes
