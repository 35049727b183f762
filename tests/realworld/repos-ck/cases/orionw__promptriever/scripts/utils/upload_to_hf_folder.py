stub: upstream file of 4396 bytes
