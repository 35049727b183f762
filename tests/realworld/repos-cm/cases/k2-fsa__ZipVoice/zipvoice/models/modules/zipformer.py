stub: upstream file of 63017 bytes
