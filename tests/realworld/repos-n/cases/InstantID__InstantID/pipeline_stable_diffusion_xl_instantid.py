stub: upstream file of 41403 bytes
