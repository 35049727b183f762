stub: upstream file of 37373 bytes
