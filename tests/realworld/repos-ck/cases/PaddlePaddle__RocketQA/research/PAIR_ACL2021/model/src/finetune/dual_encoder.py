stub: upstream file of 16226 bytes
