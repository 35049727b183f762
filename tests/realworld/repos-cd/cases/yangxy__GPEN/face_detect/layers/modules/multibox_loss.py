stub: upstream file of 5276 bytes
