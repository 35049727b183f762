stub: upstream file of 10713 bytes
