stub: upstream file of 44266 bytes
