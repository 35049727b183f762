stub: upstream file of 11231 bytes
