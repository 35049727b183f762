stub: upstream file of 27952 bytes
