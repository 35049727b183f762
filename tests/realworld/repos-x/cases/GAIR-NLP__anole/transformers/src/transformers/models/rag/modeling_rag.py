stub: upstream file of 86295 bytes
