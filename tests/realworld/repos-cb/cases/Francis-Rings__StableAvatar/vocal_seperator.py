stub: upstream file of 1359 bytes
