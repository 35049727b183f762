stub: upstream file of 29249 bytes
