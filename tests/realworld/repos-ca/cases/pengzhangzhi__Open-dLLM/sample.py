stub: upstream file of 2458 bytes
