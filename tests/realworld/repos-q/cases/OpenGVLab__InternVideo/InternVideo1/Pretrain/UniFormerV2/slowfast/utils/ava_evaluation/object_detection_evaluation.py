stub: upstream file of 34271 bytes
