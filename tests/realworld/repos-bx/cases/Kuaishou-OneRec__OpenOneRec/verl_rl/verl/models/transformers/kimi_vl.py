stub: upstream file of 8231 bytes
