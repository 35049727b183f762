stub: upstream file of 20355 bytes
