stub: upstream file of 17959 bytes
