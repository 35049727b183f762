stub: upstream file of 8571 bytes
