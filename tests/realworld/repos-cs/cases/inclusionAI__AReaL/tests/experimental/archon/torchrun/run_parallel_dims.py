stub: upstream file of 12277 bytes
