stub: upstream file of 6411 bytes
