stub: upstream file of 6293 bytes
