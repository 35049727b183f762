stub: upstream file of 20381 bytes
