stub: upstream file of 11354 bytes
