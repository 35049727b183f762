stub: upstream file of 8328 bytes
