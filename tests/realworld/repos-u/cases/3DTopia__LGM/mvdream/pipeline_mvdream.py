stub: upstream file of 24190 bytes
