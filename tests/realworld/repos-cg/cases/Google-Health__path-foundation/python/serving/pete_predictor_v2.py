stub: upstream file of 44439 bytes
