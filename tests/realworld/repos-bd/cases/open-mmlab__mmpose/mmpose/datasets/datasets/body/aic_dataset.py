stub: upstream file of 3211 bytes
