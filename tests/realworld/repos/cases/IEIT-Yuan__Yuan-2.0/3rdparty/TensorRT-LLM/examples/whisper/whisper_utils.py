stub: upstream file of 12959 bytes
