stub: upstream file of 1235 bytes
