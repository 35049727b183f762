stub: upstream file of 18294 bytes
