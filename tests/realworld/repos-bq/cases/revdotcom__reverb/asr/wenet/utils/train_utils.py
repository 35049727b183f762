stub: upstream file of 34247 bytes
