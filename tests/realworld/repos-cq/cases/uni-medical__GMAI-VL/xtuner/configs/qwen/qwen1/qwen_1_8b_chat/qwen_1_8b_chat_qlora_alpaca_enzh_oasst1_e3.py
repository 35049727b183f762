stub: upstream file of 8471 bytes
