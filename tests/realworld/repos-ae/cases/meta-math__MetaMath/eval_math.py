stub: upstream file of 4700 bytes
