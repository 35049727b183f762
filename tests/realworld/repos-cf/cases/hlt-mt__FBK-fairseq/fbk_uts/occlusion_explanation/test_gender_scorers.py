stub: upstream file of 8477 bytes
