stub: upstream file of 14329 bytes
