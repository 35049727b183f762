stub: upstream file of 31073 bytes
