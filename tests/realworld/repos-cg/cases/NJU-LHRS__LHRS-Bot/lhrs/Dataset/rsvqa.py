stub: upstream file of 8411 bytes
