stub: upstream file of 35481 bytes
