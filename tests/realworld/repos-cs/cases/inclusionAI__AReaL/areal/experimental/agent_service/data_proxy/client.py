stub: upstream file of 1329 bytes
