stub: upstream file of 37532 bytes
