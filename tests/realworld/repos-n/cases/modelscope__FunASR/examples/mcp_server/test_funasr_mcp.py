stub: upstream file of 9235 bytes
