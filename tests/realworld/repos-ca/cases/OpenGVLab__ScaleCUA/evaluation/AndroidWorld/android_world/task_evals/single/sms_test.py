stub: upstream file of 23395 bytes
