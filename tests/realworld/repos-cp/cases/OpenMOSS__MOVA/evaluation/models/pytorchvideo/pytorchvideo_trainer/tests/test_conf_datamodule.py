stub: upstream file of 1231 bytes
