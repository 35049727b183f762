stub: upstream file of 19275 bytes
